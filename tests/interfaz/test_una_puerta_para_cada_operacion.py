"""Una sola manera de correr una operación desde la ventana (interfaz/operaciones.py): un diálogo dice qué hacer, y
`hacer_en_la_ventana` / `consultar_en_la_ventana` se ocupan de mostrar el rechazo, del hilo y del progreso. Esta
prueba lee el código (ast) de escritorio/interfaz/ y falla si un módulo vuelve a hacerlo a mano:

- un `except` que atrapa un `ErrorEscritorio` (o uno de sus hijos: ErrorValidacion, ErrorConflicto, Cancelado…);
- una llamada a `ejecutar_con_progreso` (interfaz/trabajos.py) fuera del envoltorio;
- una llamada a `comun.mostrar_error`: el fracaso de una operación se muestra en un solo lugar.

`PENDIENTES` son los módulos que todavía no pasan por el envoltorio, cada uno con su motivo (una de las que otro trabajo
está partiendo cubre también los módulos en que se parta: «dialogos/importacion» es dialogos/importacion.py y
dialogos/importacion_*.py o dialogos/importacion/). La lista solo se achica: una entrada que ya no hace nada de eso hace fallar la prueba (se la
saca al pasarla).
"""

import ast
import functools
import inspect
from pathlib import Path

import escritorio.errores as errores
from escritorio.errores import ErrorEscritorio

INTERFAZ = Path(errores.__file__).parent / "interfaz"

# Donde vive la manera única: el envoltorio y la maquinaria del hilo con progreso que usa.
EL_ENVOLTORIO = {"operaciones.py", "trabajos.py"}

PARTIDOS_AHORA = "se partió por tema mientras se hacía el envoltorio (issue 60, punto 3): se pasa en la próxima vuelta"
ANTES_DE_LA_OFICINA = "corre antes de que haya una base abierta y una oficina (abrir, recuperar, conectar)"
PENDIENTES = {
    # Los que se partieron mientras se hacía el envoltorio (dialogos/importacion*, dialogos/reglas_sesion*,
    # vistas/organos/) ya pasan por él. Una entrada PARTIDOS_AHORA cubre también las partes del módulo.
    # Antes de la oficina: abren o crean la base y eligen qué hacer si no se puede; no hay con qué `hacer`.
    "aplicacion": ANTES_DE_LA_OFICINA,
    # Abrir otra base: si está dañada, ofrece recuperarla (interfaz/recuperar_base.py, como al arrancar).
    "otra_base": ANTES_DE_LA_OFICINA,
    "recientes": ANTES_DE_LA_OFICINA,
    "viaje": ANTES_DE_LA_OFICINA,
    "primer_uso": ANTES_DE_LA_OFICINA,
    "dialogos/servidor": ANTES_DE_LA_OFICINA,
    "dialogos/bienvenida": ANTES_DE_LA_OFICINA,
    # Un panel que calcula en su propio hilo y dice el error en el panel, no en un cuadro.
    "vistas/inicio/proximos_pasos": "calcula en su hilo y dice el error en el panel mismo",
    # La impresión: si falla la salida, hay que abortar el trabajo de la impresora antes de decir nada; y escribir el
    # documento (en otro hilo, con progreso) va dentro de imprimir/guardar/abrir, que siguen en el hilo de la ventana:
    # el envoltorio no se anida (el error se mostraría dos veces).
    "piezas/vista_previa": "imprimir aborta el trabajo de la impresora antes de mostrar el error; escribir (con "
                           "progreso) va dentro de imprimir o guardar",
    # Leen un campo con la regla del servicio (la moneda, «clave=valor») y juntan su problema con los demás del
    # formulario, junto al campo: no es una operación.
    "dialogos/escala": "lee la moneda (servicios.cuotas.moneda_valida) y junta su problema con los de los tramos",
    "dialogos/reglas_que_fija_la_reforma": "lee «clave=valor» (servicios.reglas_de_la_reforma.leer_regla), junto a "
                                           "su campo",
    # Dentro de la operación misma (no atrapa para mostrar): traduce el rechazo del servicio para la ventana.
    "dialogos/sesion/aprobacion": "traduce ActaNoAprobable dentro de la operación (no es atrapar para mostrar)",
}


# Los que todavía llaman a `comun.mostrar_error` por su cuenta (además de los de PENDIENTES, que lo hacen por lo mismo):
# lecturas en el hilo de la ventana que leen varias cosas y pintan en el mismo bloque, o flujos con su propio rescate.
# También solo se achica.
MUESTRAN_POR_SU_CUENTA = {
    "diario": ANTES_DE_LA_OFICINA,
    "otra_base": ANTES_DE_LA_OFICINA,
    # Recuperar una base dañada (al arrancar, con Abrir… o desde Bases recientes): salió de aplicacion.py para que
    # las tres puertas usen la misma; sigue siendo antes de la oficina.
    "recuperar_base": ANTES_DE_LA_OFICINA,
    "menu_archivo": ANTES_DE_LA_OFICINA,     # abrir otra base (partido de ventana_principal)
    "vigia_de_otros": ANTES_DE_LA_OFICINA,   # volver a abrir la base que otro programa reemplazó
    "dialogos/respaldos": "restaurar cierra la base de la oficina y abre otra",
    "dialogos/sesion/acta": "el borrador que no se guarda se pone a salvo (poner_a_salvo) en lugar del cuadro",
}


def _errores_del_usuario() -> set[str]:
    """Los nombres de ErrorEscritorio y de todas sus clases hijas (las de errores.py y las de los servicios)."""
    nombres = {"ErrorEscritorio"}
    pendientes = [ErrorEscritorio]
    while pendientes:
        for hija in pendientes.pop().__subclasses__():
            nombres.add(hija.__name__)
            pendientes.append(hija)
    return nombres


def _nombres_de(tipo: ast.expr | None) -> set[str]:
    if tipo is None:
        return set()
    if isinstance(tipo, ast.Tuple):
        return set().union(*(_nombres_de(t) for t in tipo.elts))
    if isinstance(tipo, ast.Attribute):
        return {tipo.attr}
    if isinstance(tipo, ast.Name):
        return {tipo.id}
    return set()


def llamadas_a_mostrar_error(fuente: str | ast.AST) -> list[int]:
    """Las líneas de `fuente` (el texto o su árbol) que llaman a `mostrar_error` (el del envoltorio es el único que
    debería)."""
    arbol = ast.parse(fuente) if isinstance(fuente, str) else fuente
    return [nodo.lineno for nodo in ast.walk(arbol) if isinstance(nodo, ast.Call) and (
        getattr(nodo.func, "id", None) == "mostrar_error" or getattr(nodo.func, "attr", None) == "mostrar_error")]


def lo_que_hace_a_mano(fuente: str | ast.AST, errores_del_usuario: set[str]) -> list[str]:
    """Las líneas de `fuente` (el texto o su árbol) que atrapan un error del usuario o llaman a
    `ejecutar_con_progreso`."""
    hallado = []
    for nodo in ast.walk(ast.parse(fuente) if isinstance(fuente, str) else fuente):
        if isinstance(nodo, ast.ExceptHandler) and _nombres_de(nodo.type) & errores_del_usuario:
            hallado.append(f"{nodo.lineno}: except {', '.join(sorted(_nombres_de(nodo.type)))}")
        elif isinstance(nodo, ast.Call):
            funcion = nodo.func
            nombre = funcion.attr if isinstance(funcion, ast.Attribute) else getattr(funcion, "id", None)
            if nombre == "ejecutar_con_progreso":
                hallado.append(f"{nodo.lineno}: ejecutar_con_progreso(…)")
    return hallado


@functools.cache
def _leidos() -> dict[str, tuple[list[str], list[int]]]:
    """Cada módulo de interfaz/ (salvo el envoltorio) leído con `ast` una sola vez para las dos reglas (leerlo es lo
    que cuesta, casi un segundo por vuelta): {módulo: (lo que hace a mano, llamadas a mostrar_error)}. Solo quedan
    los resultados, no los árboles."""
    # Los servicios definen hijas de ErrorEscritorio (ContrasenaIncorrecta, ActaNoAprobable…): se importan todos.
    servicios = Path(errores.__file__).parent / "servicios"
    for modulo in servicios.rglob("*.py"):   # también los subpaquetes (sesiones/, verificacion/, memoria/)
        __import__("escritorio.servicios." + ".".join(modulo.relative_to(servicios).with_suffix("").parts))
    errores_del_usuario = _errores_del_usuario()
    leidos = {}
    for archivo in sorted(INTERFAZ.rglob("*.py")):
        relativo = archivo.relative_to(INTERFAZ).as_posix()
        if relativo in EL_ENVOLTORIO:
            continue
        arbol = ast.parse(archivo.read_text(encoding="utf-8"))
        leidos[relativo] = (lo_que_hace_a_mano(arbol, errores_del_usuario), llamadas_a_mostrar_error(arbol))
    return leidos


def _a_mano() -> dict[str, list[str]]:
    return {relativo: a_mano for relativo, (a_mano, _) in _leidos().items() if a_mano}


def _pendiente(modulo: str) -> str | None:
    """La entrada de PENDIENTES que cubre `modulo` («dialogos/importacion_pasos.py» -> «dialogos/importacion»)."""
    sin_extension = modulo.removesuffix(".py").removesuffix("/__init__")
    return next((p for p, motivo in PENDIENTES.items() if sin_extension == p or (motivo == PARTIDOS_AHORA and (
        sin_extension.startswith(p + "_") or sin_extension.startswith(p + "/")))), None)


def test_la_ventana_corre_cada_operacion_por_el_envoltorio():
    nuevos = {m: l for m, l in _a_mano().items() if _pendiente(m) is None}
    assert not nuevos, (
        "Estos módulos atrapan un ErrorEscritorio o llaman a ejecutar_con_progreso por su cuenta; usen "
        f"interfaz/operaciones.py (hacer_en_la_ventana / consultar_en_la_ventana): {nuevos}")


def test_la_lista_de_pendientes_solo_se_achica():
    cubiertos = {_pendiente(m) for m in _a_mano()}
    ya_pasados = sorted(p for p in PENDIENTES if p not in cubiertos)
    assert not ya_pasados, f"Ya pasan por el envoltorio: sáquenlos de PENDIENTES: {ya_pasados}"


def _muestran_por_su_cuenta() -> dict[str, list[int]]:
    return {relativo: lineas for relativo, (_, lineas) in _leidos().items() if lineas and relativo != "comun.py"}


def _entrada(modulo: str, lista: dict[str, str]) -> str | None:
    sin_extension = modulo.removesuffix(".py").removesuffix("/__init__")
    return next((p for p, motivo in lista.items() if sin_extension == p or (motivo == PARTIDOS_AHORA and (
        sin_extension.startswith(p + "_") or sin_extension.startswith(p + "/")))), None)


def test_el_error_de_una_operacion_se_muestra_en_un_solo_lugar():
    """`comun.mostrar_error` lo llama el envoltorio; un módulo nuevo que lo llame por su cuenta hace fallar la prueba."""
    nuevos = {m: l for m, l in _muestran_por_su_cuenta().items()
              if _pendiente(m) is None and _entrada(m, MUESTRAN_POR_SU_CUENTA) is None}
    assert not nuevos, f"Muestran el error por su cuenta; usen interfaz/operaciones.py: {nuevos}"
    cubiertos = {_entrada(m, MUESTRAN_POR_SU_CUENTA) for m in _muestran_por_su_cuenta()}
    ya_pasados = sorted(p for p in MUESTRAN_POR_SU_CUENTA if p not in cubiertos)
    assert not ya_pasados, f"Ya no muestran por su cuenta: sáquenlos de MUESTRAN_POR_SU_CUENTA: {ya_pasados}"


def test_la_prueba_ve_lo_que_busca():
    """Lo que la prueba tiene que encontrar, y lo que no."""
    errores_del_usuario = _errores_del_usuario() | {"ErrorValidacion", "Cancelado"}
    a_mano = inspect.cleandoc('''
        try:
            registrar()
        except (ValueError, errores.ErrorValidacion):
            pass
        try:
            x = trabajos.ejecutar_con_progreso(self, "t", f)
        except Cancelado:
            pass
        try:
            leer()
        except OSError:
            pass
    ''')
    assert sorted(lo_que_hace_a_mano(a_mano, errores_del_usuario)) == [
        "3: except ErrorValidacion, ValueError", "6: ejecutar_con_progreso(…)", "7: except Cancelado"]
    partido = {"dialogos/importacion": PARTIDOS_AHORA, "dialogos/convenio": "otro motivo"}
    assert _entrada("dialogos/importacion.py", partido) == _entrada("dialogos/importacion_pasos.py", partido) == \
        _entrada("dialogos/importacion/pasos.py", partido) == "dialogos/importacion"
    assert _entrada("dialogos/importaciones_viejas.py", partido) is None
    assert _entrada("dialogos/convenio.py", partido) == "dialogos/convenio"
    assert _entrada("dialogos/convenio_acciones.py", partido) is None   # «dialogos/convenio» es ese módulo, no sus vecinos
    assert llamadas_a_mostrar_error("from x import mostrar_error\nmostrar_error(self, e)\ncomun.mostrar_error(p, e)\n"
                                    "self._mostrar_error('texto')\n") == [2, 3]
    assert {"ErrorValidacion", "ErrorConflicto", "Cancelado", "ErrorBaseDanada"} <= _errores_del_usuario()
