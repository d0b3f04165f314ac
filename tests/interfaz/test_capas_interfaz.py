"""Las dependencias dentro de la ventana (escritorio/interfaz/): modelos abajo, diálogos sin vistas, cada área sola y
ningún círculo, contando también los imports hechos dentro de una función (los que se usan para arrancar rápido), los
dinámicos y los de `if TYPE_CHECKING:` (el grafo es el de tests/grafo_de_imports.py, que dice por qué cuentan).

Se lee el código (ast), sin importar Qt.
"""

import ast
from pathlib import Path

from grafo_de_imports import RAIZ, circulos, grafo, internos

INTERFAZ = "escritorio.interfaz"


def _modulos() -> dict[str, tuple[Path, bool]]:
    """'escritorio.interfaz.vistas.cuotas.pagos' -> (archivo, es_paquete)."""
    modulos = {}
    for archivo in (RAIZ / "interfaz").rglob("*.py"):
        partes = list(archivo.relative_to(RAIZ.parent).with_suffix("").parts)
        es_paquete = partes[-1] == "__init__"
        modulos[".".join(partes[:-1] if es_paquete else partes)] = (archivo, es_paquete)
    return modulos


def _grafo() -> dict[str, set[str]]:
    """{módulo de la ventana: {módulos de la ventana que importa}}."""
    return {m: {d for d in ds if _bajo(d, INTERFAZ)} for m, ds in internos(grafo()).items() if _bajo(m, INTERFAZ)}


def _bajo(modulo: str, paquete: str) -> bool:
    return modulo == paquete or modulo.startswith(paquete + ".")


def test_los_modelos_no_importan_vistas_ni_dialogos_ni_la_ventana():
    arriba = [f"{INTERFAZ}.vistas", f"{INTERFAZ}.dialogos", f"{INTERFAZ}.ventana_principal"]
    malos = {(m, d) for m, ds in _grafo().items() if _bajo(m, f"{INTERFAZ}.modelos")
             for d in ds if any(_bajo(d, a) for a in arriba)}
    assert not malos, f"un modelo de tabla importa algo de más arriba: {sorted(malos)}"


def test_los_dialogos_no_importan_vistas():
    """La ficha y su pestaña Cuenta (dialogos/ficha_cuenta.py) no vuelven hacia las vistas que las abren."""
    malos = {(m, d) for m, ds in _grafo().items() if _bajo(m, f"{INTERFAZ}.dialogos")
             for d in ds if _bajo(d, f"{INTERFAZ}.vistas")}
    assert not malos, f"un diálogo importa una vista: {sorted(malos)}"


def test_una_vista_de_area_no_importa_otra_area():
    """Las áreas son lo que la ventana importa de vistas/; lo compartido va en piezas/ o modelos/."""
    grafo = _grafo()
    areas = {d for d in grafo[f"{INTERFAZ}.ventana_principal"] if _bajo(d, f"{INTERFAZ}.vistas")}
    assert f"{INTERFAZ}.vistas.cuotas" in areas and len(areas) >= 7, areas
    malos = set()
    for modulo, destinos in grafo.items():
        propia = next((a for a in areas if _bajo(modulo, a)), None)
        if _bajo(modulo, f"{INTERFAZ}.vistas"):
            malos |= {(modulo, d) for d in destinos for a in areas if _bajo(d, a) and a != propia}
    assert not malos, f"una vista importa otra área: {sorted(malos)}"


def test_cuotas_esta_partida_por_pestana():
    grafo = _grafo()
    pestanas = {m.rsplit(".", 1)[1] for m in grafo if m.startswith(f"{INTERFAZ}.vistas.cuotas.")}
    assert {"escalas", "emision", "cargos", "pagos", "morosidad", "avisos"} <= pestanas
    largos = {m: len(a.read_text(encoding="utf-8").splitlines()) for m, (a, _) in _modulos().items()
              if _bajo(m, f"{INTERFAZ}.vistas.cuotas")}
    assert max(largos.values()) <= 400, largos
    # Ninguna pestaña importa el __init__ del paquete (que las arma): conocen del área solo AreaCuotas.
    assert not {m for m in grafo if m.startswith(f"{INTERFAZ}.vistas.cuotas.")
                and f"{INTERFAZ}.vistas.cuotas" in grafo[m]}


def test_ningun_circulo_en_la_interfaz():
    """Ni siquiera a través de un import dentro de una función (antes: ficha → cuenta → vistas/cuotas → ficha) ni de
    uno de TYPE_CHECKING (antes: el editor de sesión y sus cuatro pestañas, que lo anotaban importándolo)."""
    dichos = circulos({m: sorted(ds) for m, ds in _grafo().items()})
    assert not dichos, f"imports en círculo: {dichos}"


def test_cada_area_vive_en_el_modulo_de_su_nombre():
    """El arranque carga el módulo del área con que abrirá la ventana por su nombre (`cargar_modulo_del_area`,
    mientras la base abre en otro hilo): cada área es vistas/<nombre>, el módulo que importa su fábrica."""
    from escritorio.interfaz.ventana_principal import NOMBRES

    importados = _grafo()[f"{INTERFAZ}.ventana_principal"]
    assert {f"{INTERFAZ}.vistas.{nombre}" for nombre in NOMBRES} <= importados


def test_solo_elegir_archivo_usa_el_dialogo_de_archivos_de_qt():
    """Un QFileDialog armado en otro lugar (el estático, el del sistema) abre y cierra los archivos de la carpeta que
    muestra y suelta los cerrojos de la base abierta (piezas/elegir_archivo.py dice por qué): todos pasan por allí."""
    permitido = RAIZ / "interfaz" / "piezas" / "elegir_archivo.py"
    prohibidos = ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "QMimeDatabase")
    fuera = []
    for archivo in (RAIZ).rglob("*.py"):
        if archivo == permitido:
            continue
        texto = archivo.read_text(encoding="utf-8")
        if not any(prohibido in texto for prohibido in prohibidos):
            continue   # un nombre que no está en el texto no está en el árbol: no hace falta leerlo con ast
        for nodo in ast.walk(ast.parse(texto)):
            nombre = nodo.id if isinstance(nodo, ast.Name) else nodo.attr if isinstance(nodo, ast.Attribute) else \
                nodo.name if isinstance(nodo, ast.alias) else None
            if nombre in prohibidos:
                fuera.append(f"{archivo.relative_to(RAIZ)}:{nodo.lineno}")
    assert fuera == [], fuera


# --- el editor de sesión y sus pestañas --------------------------------------------------------------------------

# Cada pestaña en su módulo del paquete dialogos/sesion/ (también las de la sala y el correo, que reciben el editor).
PESTANAS_DEL_EDITOR = ("orden", "asistencia", "votaciones", "cierre_de_votacion", "acta", "mociones", "enmiendas",
                       "oradores", "acciones_de_oradores", "correo")
# Las mezclas de las que hereda el editor: lo que definen, lo tiene él.
MEZCLAS_DEL_EDITOR = {"DeLaOficina": ("piezas", "de_la_oficina.py"),
                      "DocumentosDeLaSesion": ("dialogos", "sesion", "documentos_de_la_sesion.py")}


def _clase(modulo: str, nombre: str) -> ast.ClassDef:
    arbol = ast.parse((RAIZ / "interfaz" / "dialogos" / "sesion" / f"{modulo}.py").read_text(encoding="utf-8"))
    return next(n for n in arbol.body if isinstance(n, ast.ClassDef) and n.name == nombre)


def _lo_que_declara_el_protocolo() -> set[str]:
    clase = _clase("protocolo_del_editor", "EditorDeSesion")
    return {n.target.id for n in clase.body if isinstance(n, ast.AnnAssign)} | \
        {n.name for n in clase.body if isinstance(n, ast.FunctionDef)}


def _lo_que_tiene_el_editor() -> set[str]:
    """Lo que define la clase EditorSesion: sus métodos y atributos de clase, cada `self.algo = …` de sus métodos, y lo
    que le dan las mezclas de las que hereda (`DeLaOficina`: `oficina`, `db`, `asociacion`, `contexto`;
    `DocumentosDeLaSesion`: imprimir, firmar y enviar)."""
    clase = _clase("editor", "EditorSesion")
    tiene = {n.name for n in clase.body if isinstance(n, ast.FunctionDef)}
    for base in {ast.unparse(base) for base in clase.bases} & set(MEZCLAS_DEL_EDITOR):
        mezcla = next(n for n in ast.parse(RAIZ.joinpath("interfaz", *MEZCLAS_DEL_EDITOR[base]).read_text(
            encoding="utf-8")).body if isinstance(n, ast.ClassDef) and n.name == base)
        tiene |= {n.name for n in mezcla.body if isinstance(n, ast.FunctionDef)}
        tiene |= {n.target.id for n in mezcla.body if isinstance(n, ast.AnnAssign)}
    for nodo in ast.walk(clase):
        objetivos = nodo.targets if isinstance(nodo, ast.Assign) else [nodo.target] \
            if isinstance(nodo, ast.AnnAssign) else []
        for objetivo in objetivos:
            for hoja in ast.walk(objetivo):
                if isinstance(hoja, ast.Name) and nodo in clase.body:
                    tiene.add(hoja.id)   # atributo de clase (`cambiado = Signal()`)
                elif isinstance(hoja, ast.Attribute) and ast.unparse(hoja.value) == "self":
                    tiene.add(hoja.attr)
    return tiene


def _lo_que_usa_del_editor(archivo: Path) -> dict[str, int]:
    """{nombre: línea} de lo que la pestaña usa del editor (`self.editor.algo`, `editor.algo`)."""
    arbol = ast.parse(archivo.read_text(encoding="utf-8"))
    return {n.attr: n.lineno for n in ast.walk(arbol)
            if isinstance(n, ast.Attribute) and ast.unparse(n.value) in ("editor", "self.editor")}


def test_las_pestanas_del_editor_no_lo_importan_y_usan_solo_su_protocolo():
    """Las pestañas conocen el editor por el Protocol de sesion/protocolo_del_editor.py, que él cumple: ni un import
    de vuelta, ni un atributo que el Protocol no declare (se agrega allí), ni un Protocol que pida algo que el editor no tiene."""
    grafo_ventana = _grafo()
    declarado = _lo_que_declara_el_protocolo()
    for pestana in PESTANAS_DEL_EDITOR:
        modulo = f"{INTERFAZ}.dialogos.sesion.{pestana}"
        assert f"{INTERFAZ}.dialogos.sesion.editor" not in grafo_ventana[modulo], pestana
        assert f"{INTERFAZ}.dialogos.sesion.protocolo_del_editor" in grafo_ventana[modulo], pestana
        usado = _lo_que_usa_del_editor(RAIZ / "interfaz" / "dialogos" / "sesion" / f"{pestana}.py")
        assert usado, pestana   # la lectura encuentra algo: la prueba no pasa por no mirar
        de_mas = {f"{n} (línea {linea})" for n, linea in usado.items() if n not in declarado}
        assert not de_mas, (f"{pestana} usa del editor lo que EditorDeSesion (sesion/protocolo_del_editor.py) no "
                            f"declara: {de_mas}")
    falta = declarado - _lo_que_tiene_el_editor()
    assert not falta, f"EditorDeSesion declara lo que EditorSesion no tiene: {sorted(falta)}"


def test_la_prueba_del_protocolo_encuentra_lo_no_declarado(tmp_path):
    trampa = tmp_path / "sesion_trampa.py"
    trampa.write_text("class PestanaTrampa:\n"
                      "    def __init__(self, editor):\n"
                      "        self.editor = editor\n"
                      "        editor.cambiado.connect(self.recargar)\n"
                      "    def recargar(self):\n"
                      "        self.editor.votaciones.seleccionar(self.editor.sesion_id)\n"
                      "        return self.editor.cosa_nueva\n", encoding="utf-8")
    usado = _lo_que_usa_del_editor(trampa)
    assert usado == {"cambiado": 4, "votaciones": 6, "sesion_id": 6, "cosa_nueva": 7}   # no `seleccionar`
    declarado = _lo_que_declara_el_protocolo()
    assert {"db", "sesion_id", "cambiado", "votaciones", "recargar", "contexto"} <= declarado
    assert set(usado) - declarado == {"cosa_nueva"}   # lo que la prueba diría que falta declarar
    tiene = _lo_que_tiene_el_editor()
    assert {"cambiado", "pestanas", "votaciones", "recargar", "solo_lectura", "acta", "_construir", "oficina",
            "contexto"} <= tiene
    assert "cosa_nueva" not in tiene
