"""El sitio de transparencia (issue 45 §1 y §2), publicado desde la red de ejemplo con el servicio que usan la CLI
y la ventana: cada página y cada enlace, lo privado fuera salvo que se pida, publicar de nuevo solo cambia lo que
cambió, nada ajeno se toca, y la página de verificación de cada documento lista las huellas de sus copias."""

import hashlib
import os
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from escritorio.errores import ErrorEscritorio
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_cuotas import imprimir_recibo
from escritorio.servicios.publicacion import publicar
from escritorio.servicios.unidades import NuevaActividad, agregar_actividad, unidades
from escritorio.servicios.verificar_documento import verificar_archivo
from tests.archivos_abiertos import archivos_abiertos  # noqa: F401 (el fixture)

# Publicar el sitio emite las actas en PDF, las lee y escribe cada página (de 0,4 a 6 s de CPU por prueba): como
# los documentos (tests/documentos), va en `make test` y no en `make rapido` (CONTRIBUTING.md, «Las marcas de costo»).
pytestmark = pytest.mark.lento


class _Pagina(HTMLParser):
    """Lo que una prueba mira de una página: idioma, título, encabezados, enlaces y el texto."""

    def __init__(self):
        super().__init__()
        self.idioma, self.titulo, self.h1, self.enlaces, self.texto = None, "", 0, [], []
        self._en_titulo = False

    def handle_starttag(self, etiqueta, atributos):
        atributos = dict(atributos)
        if etiqueta == "html":
            self.idioma = atributos.get("lang")
        elif etiqueta == "title" and not self.titulo:   # el de la página, no el de un dibujo SVG (el mapa)
            self._en_titulo = True
        elif etiqueta == "h1":
            self.h1 += 1
        for clave in ("href", "src"):
            if atributos.get(clave):
                self.enlaces.append(atributos[clave])

    def handle_endtag(self, etiqueta):
        if etiqueta == "title":
            self._en_titulo = False

    def handle_data(self, datos):
        if self._en_titulo:
            self.titulo += datos
        self.texto.append(datos)


def leer(ruta: Path) -> _Pagina:
    pagina = _Pagina()
    pagina.feed(ruta.read_text(encoding="utf-8"))
    return pagina


def texto(ruta: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(leer(ruta).texto))


@pytest.fixture
def rcs(demo_db):
    return Contexto(demo_db, 1)


def test_cada_pagina_tiene_idioma_titulo_y_encabezado_y_cada_enlace_lleva_a_un_archivo_del_sitio(publicada):
    rcs, sitio, hecho = publicada()
    paginas = sorted(sitio.rglob("*.html"))
    assert len(paginas) == hecho.paginas >= 30
    for pagina in paginas:
        leida = leer(pagina)
        assert leida.idioma == "es", pagina
        assert leida.titulo.strip().endswith("Red de Ciudades del Sur (ejemplo)"), pagina
        assert leida.h1 == 1, pagina
        for destino in leida.enlaces:
            if destino.startswith(("http://", "https://", "mailto:", "#")):
                continue
            assert (pagina.parent / destino).resolve().is_file(), f"{pagina.relative_to(sitio)} -> {destino}"
    # lo que dice: el estatuto vigente con sus reformas, las ciudades con su población, cada órgano, cada sesión
    assert "Historia de reformas" in texto(sitio / "estatuto.html")
    miembros = texto(sitio / "miembros.html")
    assert "Rosario" in miembros and "Argentina" in miembros and "Brasil" in miembros
    assert re.search(r"\d{1,3}(\.\d{3})+ \(\d{4}\)", miembros), "la población, con su año"
    assert "Consejo" in texto(sitio / "organos.html")
    consejo = (sitio / "organos" / "2.html").read_text(encoding="utf-8")
    assert "<td>Titular</td>" in consejo and "<td>titular</td>" not in consejo   # el cargo en palabras
    assert "Reforma del artículo 21 del Estatuto (poderes)" in texto(sitio / "sesiones" / "3.html")


def test_la_sesion_aprobada_trae_su_acta_pdf_con_su_sha256_y_su_pagina_de_verificacion(publicada):
    rcs, sitio, _ = publicada()
    pdf = sitio / "actas" / "acta-3.pdf"
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    sesion = texto(sitio / "sesiones" / "3.html")
    assert sha in sesion and "Asistencia" in sesion and "Votación a mano alzada" in sesion
    verificacion = verificar_archivo(rcs.db, pdf)   # el PDF publicado es una copia emitida y registrada
    assert verificacion.veredicto == "vigente" and verificacion.codigo
    pagina = sitio / "verificar" / f"{verificacion.codigo}.html"
    html = pagina.read_text(encoding="utf-8")
    assert f'data-sha256="{sha}"' in html
    assert '<script src="../verificar.js" defer></script>' in html
    assert "Auténtico y vigente" in texto(pagina)


def test_lo_privado_queda_fuera_salvo_que_se_pida_por_su_nombre(publicada, tmp_path):
    rcs, sitio, _ = publicada()   # la demo publicada: se vuelve a publicar con el recibo emitido después
    imprimir_recibo(rcs, 214, tmp_path / "recibo.pdf")   # un recibo emitido: dice quién pagó
    [recibo] = [d for d in rcs.db.query("SELECT codigo FROM documentos_emitidos WHERE tipo = 'recibo'")]
    publicar(rcs, sitio)
    assert "relaciones.internacionales@buenosaires.ar.ejemplo.org" not in (sitio / "miembros.html").read_text()
    borrador = texto(sitio / "sesiones" / "4.html")   # la sesión del Consejo con el acta en borrador
    assert "se publican cuando se aprueba el acta" in borrador and "Asistencia" not in borrador
    assert not (sitio / "actas" / "acta-4.pdf").exists()
    # El QR del recibo lleva a su página: reservada, con el veredicto y la huella, sin nada de lo que dice.
    pagina_del_recibo = sitio / "verificar" / f"{recibo['codigo']}.html"
    [huella] = [a["sha256"] for a in rcs.db.query(
        "SELECT a.sha256 FROM archivos_emitidos a JOIN documentos_emitidos d ON d.id = a.documento_id "
        "WHERE d.codigo = ?", [recibo["codigo"]])]
    reservada = texto(pagina_del_recibo)
    assert "Auténtico y vigente" in reservada and huella in pagina_del_recibo.read_text(encoding="utf-8")
    assert "no publica lo que dice" in reservada
    html_reservada = pagina_del_recibo.read_text(encoding="utf-8")   # lo que dice si el archivo elegido es otro
    assert "pregunte a la asociación" in html_reservada and "lo de arriba" not in html_reservada
    assert not any(dato in reservada for dato in ("Recibo", "Lo que el documento afirma", "Emitido el", "Generada"))
    del_recibo = {m["nombre"] for m in rcs.db.query(
        "SELECT m.nombre FROM pagos p JOIN miembros m ON m.id = p.miembro_id WHERE p.id = 214")}
    assert del_recibo and not any(nombre in reservada for nombre in del_recibo)

    publicar(rcs, sitio, incluir=frozenset({"contactos", "cobranza", "sin_aprobar"}))
    assert "relaciones.internacionales@buenosaires.ar.ejemplo.org" in (sitio / "miembros.html").read_text()
    borrador = texto(sitio / "sesiones" / "4.html")
    assert "Asistencia" in borrador and "todavía no está aprobada" in borrador
    entera = texto(pagina_del_recibo)
    assert "Lo que el documento afirma" in entera and any(nombre in entera for nombre in del_recibo)

    publicar(rcs, sitio)   # deja de pedirse: vuelve a quedar reservada
    assert texto(pagina_del_recibo) == reservada
    assert "relaciones.internacionales@buenosaires.ar.ejemplo.org" not in (sitio / "miembros.html").read_text()


def test_publicar_de_nuevo_reescribe_solo_lo_que_cambio_y_no_emite_otra_acta(publicada):
    rcs, sitio, primera = publicada()
    assert primera.actas_emitidas == 3
    antes = {r: (sitio / r).stat().st_mtime_ns for r in json.loads((sitio / "manifiesto.json").read_text())["archivos"]}
    copias = rcs.db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0]

    igual = publicar(rcs, sitio)
    assert (igual.escritos, igual.borrados, igual.actas_emitidas) == ([], [], 0)

    unidad = unidades(rcs)[0]
    agregar_actividad(rcs, unidad["id"], NuevaActividad(titulo="Seminario de movilidad urbana 2027"))
    cambio = publicar(rcs, sitio)
    # Lo que cambió, y la cadena de la bitácora que muestra el sitio (la base tiene una cabeza nueva: issue 58).
    assert cambio.escritos == ["anclas.html", "anclas.json", "unidades.html"] and cambio.actas_emitidas == 0
    assert "Seminario de movilidad urbana 2027" in texto(sitio / "unidades.html")
    despues = {r: (sitio / r).stat().st_mtime_ns for r in antes}
    assert [r for r in antes if antes[r] != despues[r]] == ["anclas.html", "anclas.json", "unidades.html"]
    assert rcs.db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0] == copias


def test_el_manifiesto_lista_cada_archivo_con_su_sha256_y_lo_tocado_a_mano_se_repone(publicada):
    rcs, sitio, _ = publicada()
    manifiesto = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))
    en_disco = {str(r.relative_to(sitio)).replace("\\", "/"): hashlib.sha256(r.read_bytes()).hexdigest()
                for r in sitio.rglob("*") if r.is_file() and r.name != "manifiesto.json"}
    assert manifiesto["archivos"] == en_disco
    (sitio / "index.html").write_text("<p>sitio tomado</p>", encoding="utf-8")
    (sitio / "estilo.css").unlink()
    hecho = publicar(rcs, sitio)
    assert sorted(hecho.escritos) == ["estilo.css", "index.html"]
    assert hashlib.sha256((sitio / "index.html").read_bytes()).hexdigest() == manifiesto["archivos"]["index.html"]


def test_nada_ajeno_se_toca(publicada, tmp_path):
    rcs, sitio, _ = publicada()
    ajena = tmp_path / "ajena"
    ajena.mkdir()
    (ajena / "index.html").write_text("la página de la asociación", encoding="utf-8")
    copias = rcs.db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0]
    with pytest.raises(ErrorEscritorio, match="no es un sitio publicado por Escritorio"):
        publicar(rcs, ajena)
    assert [p.name for p in ajena.iterdir()] == ["index.html"]
    assert (ajena / "index.html").read_text(encoding="utf-8") == "la página de la asociación"

    (sitio / "notas.txt").write_text("mías", encoding="utf-8")   # algo de la secretaria junto al sitio
    imprimir_recibo(rcs, 214, tmp_path / "recibo.pdf")
    [recibo] = list(rcs.db.query("SELECT codigo FROM documentos_emitidos WHERE tipo = 'recibo'"))
    propia = sitio / "verificar" / f"{recibo['codigo']}.html"
    propia.write_text("una página que escribió otro", encoding="utf-8")
    emitidos = rcs.db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0]
    with pytest.raises(ErrorEscritorio, match="que el sitio no publicó"):
        publicar(rcs, sitio, incluir=frozenset({"cobranza"}))
    assert propia.read_text(encoding="utf-8") == "una página que escribió otro"
    assert rcs.db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0] == emitidos
    with pytest.raises(ErrorEscritorio, match="que el sitio no publicó"):   # también su página reservada
        publicar(rcs, sitio)
    propia.unlink()
    publicar(rcs, sitio)
    assert (sitio / "notas.txt").read_text(encoding="utf-8") == "mías"
    assert copias < emitidos


def test_el_sitio_en_portugues(publicada):
    _, sitio, _ = publicada("pt")   # la demo publicada con `idioma_pedido("pt")`
    inicio = leer(sitio / "index.html")
    assert inicio.idioma == "pt"
    assert "Sessões" in texto(sitio / "index.html") and "Membros" in texto(sitio / "index.html")
    assert "Miembros" not in texto(sitio / "index.html")


def foto(sitio: Path) -> dict[str, str]:
    """Cada archivo de la carpeta (también los ocultos: un temporal que quedó) con su SHA-256."""
    return {r.relative_to(sitio).as_posix(): hashlib.sha256(r.read_bytes()).hexdigest()
            for r in sitio.rglob("*") if r.is_file()}


def al_dia(sitio: Path) -> bool:
    """El manifiesto dice exactamente lo que hay en la carpeta (sin nada oculto de más)."""
    manifiesto = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))
    return manifiesto["archivos"] == {r: h for r, h in foto(sitio).items() if r != "manifiesto.json"}


def ocultos(sitio: Path) -> list[Path]:
    return sorted(r for r in sitio.rglob(".*") if r.is_file())


def como_estaba(sitio: Path, antes: dict[str, str], manifiesto_de_antes: dict) -> bool:
    """Cada archivo como estaba (ninguno más, ningún temporal) y el manifiesto con lo mismo, salvo las cabezas de la
    cadena: recuerda también la que se iba a publicar (tests/escenarios/test_anclas_fuera_del_archivo.py)."""
    manifiesto = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))
    cabezas = manifiesto.pop("cabezas")
    return ({r: h for r, h in foto(sitio).items() if r != "manifiesto.json"}
            == {r: h for r, h in antes.items() if r != "manifiesto.json"}
            and manifiesto == {k: v for k, v in manifiesto_de_antes.items() if k != "cabezas"}
            and cabezas[:len(manifiesto_de_antes["cabezas"])] == manifiesto_de_antes["cabezas"])


def manifiesto_de(sitio: Path) -> dict:
    return json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))


def con_una_actividad_nueva(rcs) -> None:
    """Algo que cambia varias páginas (la unidad, su informe, el inicio) para publicar de nuevo."""
    [unidad, *_] = unidades(rcs)
    agregar_actividad(rcs, unidad["id"], NuevaActividad(titulo="Taller de archivos"))


def test_sin_lugar_en_el_disco_a_mitad_el_sitio_queda_como_estaba(publicada, monkeypatch):
    """El disco se llena al escribir el tercer archivo nuevo: el error lo dice con el archivo, y la carpeta queda
    como estaba, byte a byte (las páginas, el manifiesto, ningún temporal ni carpeta nueva). La siguiente publica."""
    from escritorio.servicios import publicacion

    rcs, sitio, _ = publicada()
    con_una_actividad_nueva(rcs)
    antes, manifiesto_de_antes = foto(sitio), manifiesto_de(sitio)
    escribir_entero, escritos = publicacion.escribir_entero, []

    def se_llena(temporal, contenido):
        if len(escritos) == 2:
            raise OSError(28, "No space left on device", str(temporal))
        escritos.append(temporal)
        escribir_entero(temporal, contenido)

    monkeypatch.setattr(publicacion, "escribir_entero", se_llena)
    with pytest.raises(ErrorEscritorio, match=r"No se puede escribir .*sitio/\S+: el disco está lleno .*El sitio "
                                              r"quedó como estaba"):
        publicar(rcs, sitio)
    assert como_estaba(sitio, antes, manifiesto_de_antes)
    monkeypatch.setattr(publicacion, "escribir_entero", escribir_entero)
    hecho = publicar(rcs, sitio)
    assert len(hecho.escritos) > 2 and al_dia(sitio)


def test_con_una_pagina_abierta_en_otro_programa_el_sitio_queda_como_estaba(publicada, archivos_abiertos):
    """La regla de Windows (tests/archivos_abiertos.py): la página de las unidades abierta en un editor no se puede
    reemplazar. Las que van antes (anclas.html y anclas.json: se ponen en orden) ya se habían puesto y vuelven a ser
    las de antes: el sitio no queda con la cabeza de la cadena nueva y las páginas viejas. Cerrada, se publica."""
    rcs, sitio, _ = publicada()
    con_una_actividad_nueva(rcs)   # cambian anclas.html, anclas.json y unidades.html
    antes, manifiesto_de_antes = foto(sitio), manifiesto_de(sitio)
    abierta = sitio / "unidades.html"
    archivos_abiertos.retener(abierta)
    with pytest.raises(ErrorEscritorio) as rechazo:
        publicar(rcs, sitio)
    assert str(rechazo.value) == (f"No se puede escribir {abierta}: el archivo está abierto en otro programa. "
                                  "Ciérrelo y vuelva a intentarlo.")
    assert ("os.replace", abierta.resolve()) in archivos_abiertos.negados
    assert como_estaba(sitio, antes, manifiesto_de_antes)
    archivos_abiertos.soltar(abierta)
    hecho = publicar(rcs, sitio)
    assert hecho.escritos == ["anclas.html", "anclas.json", "unidades.html"] and al_dia(sitio)


def test_lo_que_deja_de_publicarse_abierto_en_otro_programa_no_se_borra_ni_se_publica_lo_demas(publicada,
                                                                                               archivos_abiertos):
    """Los contactos se publicaron una vez (con su aviso de privacidad, privacidad.html) y dejan de pedirse: el aviso
    se borra y miembros.html se escribe sin ellos. Con el aviso abierto en otro programa no se puede borrar: el error
    lo dice y el sitio queda entero como estaba (miembros.html, ya escrito antes, vuelve a tener los contactos)."""
    rcs, sitio, _ = publicada()
    publicar(rcs, sitio, incluir=frozenset({"contactos"}))
    antes, manifiesto_de_antes = foto(sitio), manifiesto_de(sitio)
    abierta = sitio / "privacidad.html"
    assert "privacidad.html" in antes
    archivos_abiertos.retener(abierta)
    with pytest.raises(ErrorEscritorio) as rechazo:
        publicar(rcs, sitio)   # sin los contactos: su aviso se borra
    assert str(rechazo.value) == (f"No se puede borrar {abierta}: el archivo está abierto en otro programa. Ciérrelo "
                                  "y vuelva a intentarlo. El sitio quedó como estaba.")
    assert como_estaba(sitio, antes, manifiesto_de_antes)
    archivos_abiertos.soltar(abierta)
    hecho = publicar(rcs, sitio)
    assert "privacidad.html" in hecho.borrados and not abierta.exists() and al_dia(sitio)


def test_una_pagina_que_es_un_enlace_a_otra_carpeta_no_trae_lo_de_afuera_al_sitio(publicada, archivos_abiertos,
                                                                                  tmp_path):
    """estilo.css del sitio es un enlace a un archivo de otra carpeta (alguien lo cambió a mano). Al publicar se
    reemplaza el enlace, nunca lo de afuera; si la publicación vuelve atrás (unidades.html abierta), vuelve el enlace
    tal cual, y el contenido de afuera no aparece copiado dentro del sitio."""
    rcs, sitio, _ = publicada()
    afuera = tmp_path / "afuera"
    afuera.mkdir()
    (afuera / "estilo.css").write_text("body { color: red }", encoding="utf-8")
    (sitio / "estilo.css").unlink()
    (sitio / "estilo.css").symlink_to(afuera / "estilo.css")
    con_una_actividad_nueva(rcs)
    archivos_abiertos.retener(sitio / "unidades.html")
    with pytest.raises(ErrorEscritorio, match="unidades.html: el archivo está abierto"):
        publicar(rcs, sitio)
    assert os.readlink(sitio / "estilo.css") == str(afuera / "estilo.css")
    assert not [r for r in sitio.rglob("*") if r.is_file() and not r.is_symlink()
                and r.read_bytes() == b"body { color: red }"]
    archivos_abiertos.soltar(sitio / "unidades.html")
    hecho = publicar(rcs, sitio)
    assert "estilo.css" in hecho.escritos and not (sitio / "estilo.css").is_symlink()
    assert (afuera / "estilo.css").read_text(encoding="utf-8") == "body { color: red }"


def test_cancelar_a_mitad_deja_el_sitio_como_estaba(publicada):
    """La ventana cancela desde `avance` (el botón del diálogo de progreso): lanzada mientras se escriben los
    archivos, el sitio queda como estaba."""
    rcs, sitio, _ = publicada()
    con_una_actividad_nueva(rcs)
    antes, manifiesto_de_antes = foto(sitio), manifiesto_de(sitio)

    class Cancelado(Exception):
        pass

    def avance(que, hecho, total):
        if hecho == 2 and que.startswith("Escribiendo"):
            raise Cancelado

    with pytest.raises(Cancelado):
        publicar(rcs, sitio, avance=avance)
    assert como_estaba(sitio, antes, manifiesto_de_antes)


_MUERE_A_MITAD = """
import os, runpy, sys
puestos, reemplazar = [], os.replace
def reemplazar_y_morir(origen, destino, *args, **opciones):
    reemplazar(origen, destino, *args, **opciones)
    if not str(destino).endswith("manifiesto.json"):
        puestos.append(destino)
        if len(puestos) == 3:
            os._exit(9)   # un corte de luz: nada de lo que haría una excepción (volver atrás, borrar temporales)
os.replace = reemplazar_y_morir
sys.argv = ["escritorio", *sys.argv[1:]]
runpy.run_module("escritorio", run_name="__main__")
"""


@pytest.mark.proceso
def test_si_el_programa_muere_a_mitad_la_siguiente_publicacion_termina_el_trabajo(publicada, cli, entorno_cli,
                                                                                  tmp_path):
    """El proceso muere después de poner tres archivos (sin volver atrás): la carpeta tiene el manifiesto
    «pendiente», que cuenta lo nuevo como del sitio. La siguiente publicación no rechaza su propia carpeta, escribe
    lo que falta y deja el manifiesto igual a lo que hay. Los temporales que dejó el muerto (los archivos sin poner
    y las copias de los anteriores, ocultos) se borran en una publicación posterior, cuando ya tienen unos minutos
    (como los de cualquier documento: documentos/temporales.py)."""
    from escritorio.documentos.temporales import ANTIGUEDAD_S, RESTO

    import subprocess
    import sys

    rcs, sitio, _ = publicada()
    con_una_actividad_nueva(rcs)
    ruta = Path(rcs.db.execute("PRAGMA database_list").fetchone()[2])
    rcs.db.close()
    muerto = subprocess.run([sys.executable, "-c", _MUERE_A_MITAD, "--db", str(ruta), "publicar", str(sitio)],
                            cwd=tmp_path, env=entorno_cli, capture_output=True, text=True, timeout=120)
    assert muerto.returncode == 9, muerto.stderr
    restos = ocultos(sitio)
    assert restos and all(RESTO.match(r.name) for r in restos), restos
    hecho = cli("publicar", str(sitio), db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    assert ocultos(sitio) == restos   # recién dejados: podrían ser de otra publicación en curso
    for resto in restos:   # unos minutos después
        os.utime(resto, (resto.stat().st_mtime - ANTIGUEDAD_S - 60,) * 2)
    hecho = cli("publicar", str(sitio), db=ruta)   # sin nada nuevo que escribir
    assert hecho.returncode == 0, hecho.stderr
    assert al_dia(sitio) and not ocultos(sitio)


def test_la_resolucion_de_un_acta_en_borrador_no_se_publica(publicada, tmp_path):
    from escritorio.servicios.documentos import imprimir_resolucion

    rcs, sitio, _ = publicada()   # la demo publicada: se vuelve a publicar con la resolución emitida después
    imprimir_resolucion(rcs, 8, tmp_path / "resolucion.pdf")   # de la sesión del Consejo, con el acta en borrador
    [codigo] = [d["codigo"] for d in rcs.db.query("SELECT codigo FROM documentos_emitidos WHERE tipo = 'resolucion'")]
    publicar(rcs, sitio)
    pagina = sitio / "verificar" / f"{codigo}.html"   # reservada: lo que resolvió no se publica con el acta sin aprobar
    assert "no publica lo que dice" in texto(pagina) and "Lo que el documento afirma" not in texto(pagina)
    publicar(rcs, sitio, incluir=frozenset({"sin_aprobar"}))
    assert "Lo que el documento afirma" in texto(pagina)


def test_nunca_escribe_fuera_de_la_carpeta_ni_en_el_sitio_de_otra_asociacion(publicada, tmp_path, db, asociacion_id):
    rcs, sitio, _ = publicada()
    otro = tmp_path / "otro"
    shutil.copytree(sitio, otro)   # el sitio que publicó la RCS, en otra carpeta (con su manifiesto)
    fuera = tmp_path / "fuera"
    fuera.mkdir()
    (fuera / "3.html").write_text("precioso", encoding="utf-8")
    for archivo in (sitio / "sesiones").iterdir():
        archivo.unlink()
    (sitio / "sesiones").rmdir()
    (sitio / "sesiones").symlink_to(fuera, target_is_directory=True)
    with pytest.raises(ErrorEscritorio, match="fuera de la carpeta del sitio"):
        publicar(rcs, sitio)
    assert (fuera / "3.html").read_text(encoding="utf-8") == "precioso" and len(list(fuera.iterdir())) == 1

    antes = (otro / "index.html").read_bytes()
    with pytest.raises(ErrorEscritorio, match="el sitio de otra asociación o de otra base"):
        publicar(Contexto(db, asociacion_id), otro)
    assert (otro / "index.html").read_bytes() == antes


def test_un_manifiesto_tocado_a_mano_o_un_archivo_donde_va_una_carpeta_no_hacen_nada(publicada):
    rcs, sitio, _ = publicada()
    manifiesto = sitio / "manifiesto.json"
    original = json.loads(manifiesto.read_text(encoding="utf-8"))
    for tocado in ({**original, "actas": None},
                   {**original, "archivos": {**original["archivos"], "./index.html": "0" * 64}},
                   {**original, "archivos": {"../fuera.html": "0" * 64}}):
        manifiesto.write_text(json.dumps(tocado), encoding="utf-8")
        with pytest.raises(ErrorEscritorio, match="está dañado o no es de Escritorio"):
            publicar(rcs, sitio)
    manifiesto.write_text(json.dumps(original), encoding="utf-8")
    from escritorio.servicios.asociaciones import editar_asociacion

    editar_asociacion(rcs, direccion_publica="https://redsur.ejemplo.org")   # ahora también OParl, en oparl/
    (sitio / "oparl").write_text("una nota", encoding="utf-8")
    antes = {r: (sitio / r).stat().st_mtime_ns for r in original["archivos"]}
    with pytest.raises(ErrorEscritorio, match="que el sitio no publicó"):
        publicar(rcs, sitio)
    assert {r: (sitio / r).stat().st_mtime_ns for r in original["archivos"]} == antes


@pytest.mark.skipif(os.name != "posix", reason="los permisos de POSIX")
def test_lo_publicado_lo_puede_leer_el_servidor_web(rcs, tmp_path):
    sitio = tmp_path / "sitio"
    anterior = os.umask(0o077)   # la máscara que pone el programa para sus bases
    try:
        publicar(rcs, sitio)
    finally:
        os.umask(anterior)
    assert (sitio / "index.html").stat().st_mode & 0o777 == 0o644
    assert (sitio / "sesiones").stat().st_mode & 0o777 == 0o755
    assert (sitio / "actas" / "acta-3.pdf").stat().st_mode & 0o777 == 0o644


def test_otro_idioma_emite_las_actas_en_ese_idioma(publicada):
    from escritorio.servicios.idioma_de_los_documentos import idioma_pedido

    rcs, sitio, _ = publicada()
    with idioma_pedido("pt"):
        hecho = publicar(rcs, sitio)
    assert hecho.actas_emitidas == 3 and "actas/acta-3.pdf" in hecho.escritos


def test_el_inicio_cuenta_los_paises_de_los_miembros_activos(publicada):
    """Las 14 ciudades de Bolivia se fueron de la red: el inicio dice los miembros activos y los países donde los hay
    (8, no los 9 de antes); la página de miembros sigue listándolas con su baja."""
    from datetime import date

    from escritorio.servicios.miembros import dar_de_baja, listar_miembros

    rcs, sitio, _ = publicada()   # la demo publicada ayer, con Bolivia; se publica de nuevo después de las bajas
    assert "en 9 países." in texto(sitio / "index.html")
    activos = [m for m in listar_miembros(rcs) if m["estado"] == "activo"]
    bolivia = [m for m in activos if m["pais"] == "BO"]
    assert len(bolivia) == 14
    for m in bolivia:
        dar_de_baja(rcs.db, m["id"], date(2026, 1, 10), "Retiro de la red", rcs.asociacion_id)
    publicar(rcs, sitio)
    assert f"{len(activos) - 14} miembros activos en 8 países." in texto(sitio / "index.html")
    assert "Bolivia" in texto(sitio / "miembros.html")


def test_una_subcarpeta_que_es_un_enlace_afuera_no_hace_crear_carpetas_afuera(publicada, tmp_path):
    """pt/ del sitio cambiado por un enlace a otra carpeta: publicar se niega y no crea nada en ella (ni la
    subcarpeta actas/ que el sitio en portugués necesitaría)."""
    rcs, sitio, _ = publicada("es_pt")
    fuera = tmp_path / "fuera"
    fuera.mkdir()

    shutil.rmtree(sitio / "pt")
    (sitio / "pt").symlink_to(fuera, target_is_directory=True)
    with pytest.raises(ErrorEscritorio, match="fuera de la carpeta del sitio"):
        publicar(rcs, sitio, idiomas=["es", "pt"])
    assert list(fuera.iterdir()) == []


def test_un_error_del_disco_se_dice_en_castellano_y_no_como_error_inesperado(publicada, tmp_path):
    """pt/ del sitio es un enlace roto: el sistema no deja crear la carpeta. La ventana y la línea de órdenes reciben
    el mismo aviso en castellano (qué archivo y qué pasó), no un error inesperado de Python."""
    rcs, sitio, _ = publicada("es_pt")

    shutil.rmtree(sitio / "pt")
    (sitio / "pt").symlink_to(tmp_path / "no-existe", target_is_directory=True)
    with pytest.raises(ErrorEscritorio) as error:
        publicar(rcs, sitio, idiomas=["es", "pt"])
    assert f"No se pudo usar el archivo «{sitio / 'pt'}»: ya existe." in error.value.mensaje
    assert not (tmp_path / "no-existe").exists()
