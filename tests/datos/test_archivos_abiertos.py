"""Lo que Windows no deja hacer con un archivo abierto (issue 84 §2), simulado en Linux con `archivos_abiertos`
(tests/archivos_abiertos.py): respaldar, rotar, restaurar, recuperar una base dañada, migrar una base anterior y
pisar un PDF o un libro de Excel exportado con --reemplazar, con la ventana (u otra conexión, u otro programa)
teniendo abierta la base o el archivo. Cada operación o sale bien sin tocar lo abierto, o dice en castellano por
qué no y no pierde nada."""

import errno
import hashlib
import json
import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from escritorio.datos import respaldo_restauracion
from escritorio.datos.apertura import abrir
from escritorio.datos.respaldo_copia import respaldar
from escritorio.datos.respaldo_rotacion import rotar
from escritorio.errores import ErrorBaseDeDatos
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.respaldo import crear_respaldo, recuperar_base_danada, restaurar_respaldo
from tests.archivos_abiertos import MENSAJE, archivos_abiertos  # noqa: F401 (el fixture)
from tests.datos.test_conexion import agregar_tabla, tablas_de, version_nueva

EN_USO = "el archivo está abierto en otro programa; ciérrelo"


def siglas(ruta) -> list[str]:
    conn = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return [f[0] for f in conn.execute("SELECT sigla FROM asociaciones ORDER BY sigla")]
    finally:
        conn.close()


def huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


@pytest.fixture
def base_y_respaldo(tmp_path):
    """Una base con AAA respaldada, después con BBB, cerrada (como en tests/datos/test_respaldo.py)."""
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red AAA", sigla="AAA"))
    copia = respaldar(db.conn, ruta, destino=tmp_path / "guardado" / "copia.db")
    crear_asociacion(db, NuevaAsociacion(nombre="Red BBB", sigla="BBB"))
    db.close()
    return ruta, copia


def test_el_simulador_niega_reemplazar_y_borrar_lo_abierto(tmp_path, archivos_abiertos):
    import os
    from pathlib import Path

    abierto, libre = tmp_path / "a.txt", tmp_path / "b.txt"
    abierto.write_text("a")
    libre.write_text("b")
    conexion = sqlite3.connect(tmp_path / "c.db")
    with open(abierto) as archivo:
        for hacer in (lambda: os.replace(libre, abierto), lambda: os.remove(abierto), lambda: abierto.unlink(),
                      lambda: Path(abierto).rename(tmp_path / "z"), lambda: os.replace(tmp_path / "c.db", libre)):
            with pytest.raises(PermissionError, match=MENSAJE):
                hacer()
        assert archivo.read() == "a"
    conexion.close()
    os.replace(libre, abierto)   # cerrados, se puede
    assert abierto.read_text() == "b"


def test_respaldar_con_la_base_abierta_no_toca_la_base(base_y_respaldo, archivos_abiertos):
    ruta, _ = base_y_respaldo
    ventana = abrir(ruta)
    try:
        hecho = crear_respaldo(ventana)
    finally:
        ventana.close()
    assert siglas(hecho) == ["AAA", "BBB"] and archivos_abiertos.negados == []


def test_reemplazar_un_respaldo_abierto_en_otro_programa_lo_dice_y_lo_deja(base_y_respaldo, archivos_abiertos):
    ruta, _ = base_y_respaldo
    ventana = abrir(ruta)
    try:
        anterior = crear_respaldo(ventana)
        antes = huella(anterior)
        archivos_abiertos.retener(anterior)   # otro programa lo tiene abierto
        with pytest.raises(ErrorBaseDeDatos) as error:
            crear_respaldo(ventana, anterior, reemplazar=True)
    finally:
        ventana.close()
    assert EN_USO in str(error.value) and huella(anterior) == antes
    assert not list(anterior.parent.glob("*.parcial*"))


def test_la_rotacion_deja_el_respaldo_abierto_y_borra_los_demas(tmp_path, archivos_abiertos):
    carpeta = tmp_path / "respaldos"
    carpeta.mkdir()
    ahora = datetime(2026, 11, 29, 12)
    viejos = []
    for dias in range(40, 50):
        momento = ahora - timedelta(days=dias)
        viejo = carpeta / f"escritorio-{momento:%Y%m%d-%H%M%S}-apertura.db"
        sqlite3.connect(viejo).close()
        viejos.append(viejo)
    for dias in range(8):
        momento = ahora - timedelta(days=dias)
        sqlite3.connect(carpeta / f"escritorio-{momento:%Y%m%d-%H%M%S}-apertura.db").close()
    abierto = viejos[-1]   # el más viejo: la rotación lo borraría
    archivos_abiertos.retener(abierto)
    borrados = rotar(carpeta, "escritorio", ahora)
    assert abierto.exists() and abierto not in borrados
    assert borrados and not any(p.exists() for p in borrados)


def test_restaurar_sin_nadie_mas_sale_bien(base_y_respaldo, archivos_abiertos, monkeypatch):
    ruta, copia = base_y_respaldo
    monkeypatch.setattr(respaldo_restauracion, "SOLTAR_ANTES_DE_REEMPLAZAR", True)
    anterior = restaurar_respaldo(ruta, copia).anterior
    assert siglas(ruta) == ["AAA"] and siglas(anterior) == ["AAA", "BBB"]


def test_restaurar_con_la_base_abierta_en_la_ventana_lo_dice_y_no_pierde_nada(base_y_respaldo, archivos_abiertos,
                                                                              monkeypatch):
    ruta, copia = base_y_respaldo
    monkeypatch.setattr(respaldo_restauracion, "SOLTAR_ANTES_DE_REEMPLAZAR", True)
    ventana = abrir(ruta)
    try:
        with pytest.raises(ErrorBaseDeDatos) as error:
            restaurar_respaldo(ruta, copia)
        assert siglas(ruta) == ["AAA", "BBB"]
        crear_asociacion(ventana, NuevaAsociacion(nombre="Red CCC", sigla="CCC"))   # la ventana sigue escribiendo
    finally:
        ventana.close()
    assert EN_USO in str(error.value) and "a salvo" in str(error.value)
    assert siglas(ruta) == ["AAA", "BBB", "CCC"]
    assert not ruta.with_name(ruta.name + ".restaurando").exists()


def test_recuperar_una_base_danada_abierta_lo_dice_y_no_toca_nada(base_y_respaldo, archivos_abiertos):
    ruta, copia = base_y_respaldo
    danada = bytearray(ruta.read_bytes())
    danada[5000:9000] = b"\xff" * 4000
    ruta.write_bytes(bytes(danada))
    antes = huella(ruta)
    archivos_abiertos.retener(ruta)   # la ventana (u otro proceso) la tiene abierta
    with pytest.raises(ErrorBaseDeDatos) as error:
        recuperar_base_danada(ruta, copia)
    assert EN_USO in str(error.value) and huella(ruta) == antes
    assert not list(ruta.parent.glob("*.danada-*"))
    archivos_abiertos.soltar(ruta)
    recuperada = recuperar_base_danada(ruta, copia)
    assert siglas(ruta) == ["AAA"] and recuperada.apartada.exists()


def test_migrar_con_otra_conexion_abierta_no_reemplaza_la_base(tmp_path, archivos_abiertos, monkeypatch):
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    db.close()
    version_nueva(monkeypatch, agregar_tabla)
    otra = sqlite3.connect(ruta)   # la otra puerta (la línea de órdenes) la tiene abierta
    try:
        db = abrir(ruta)
        assert "prueba_migracion" in db.table_names()
        db.close()
    finally:
        otra.close()
    assert archivos_abiertos.negados == []
    (antes_de_migrar,) = (tmp_path / "respaldos").glob("escritorio-*-antes-de-migrar.db")
    assert "prueba_migracion" not in tablas_de(antes_de_migrar)


ANIO = str(date.today().year - 1)
PISADO = "No se puede escribir {0}: el archivo está abierto en otro programa. Ciérrelo y vuelva a intentarlo."


def pisar_abiertos(cli, base, abiertos, orden, escritos, *, primera_en=None, todo_o_nada=False) -> dict[str, str]:
    """Corre `orden` (escribe los `escritos`, en la carpeta de la prueba) con la ventana teniendo abierta la base;
    después la repite con --reemplazar con cada uno abierto en otro programa (el visor de PDF, Excel): lo dice una
    vez, con el archivo y qué hacer (no «… (abierto en otro programa). Si está abierto en otro programa, ciérrelo; si
    la carpeta es de solo lectura…»), deja el anterior igual y no deja temporales. Cerrado, se pisa.
    `primera_en`: otra base para la primera corrida (la de una orden que anota lo que entrega: en la misma base no se
    repite). `todo_o_nada`: los escritos son una sola respuesta, así que los demás anteriores también quedan igual;
    cerrados, se pisan todos (cada uno es otro archivo, aunque diga lo mismo). Devuelve la huella de cada anterior."""
    carpeta = base.parent
    ventana = abrir(base)   # la ventana tiene la base abierta: exportar no la toca
    try:
        primera = cli(*orden, db=primera_en or base)
        assert primera.returncode == 0, primera.stderr
        antes = {nombre: huella(carpeta / nombre) for nombre in escritos}
        en_la_carpeta = sorted(p.name for p in carpeta.iterdir())
        for abierto in escritos:
            abiertos.retener(carpeta / abierto)
            pisado = cli(*orden, "--reemplazar", db=base)
            abiertos.soltar(carpeta / abierto)
            assert pisado.returncode != 0 and pisado.stderr.strip() == PISADO.format(abierto), pisado.stderr
            assert "Traceback" not in pisado.stderr
            assert huella(carpeta / abierto) == antes[abierto]
            if todo_o_nada:
                assert {nombre: huella(carpeta / nombre) for nombre in escritos} == antes, abierto
        assert sorted(p.name for p in carpeta.iterdir()) == en_la_carpeta   # sin temporales
        anteriores = {nombre: (carpeta / nombre).stat().st_ino for nombre in escritos}
        repetida = cli(*orden, "--reemplazar", db=base)
        assert repetida.returncode == 0, repetida.stderr
        if todo_o_nada:   # se pisaron todos: cada uno se puso en su lugar (otro archivo), no quedó el anterior
            assert all((carpeta / nombre).stat().st_ino != anteriores[nombre] for nombre in escritos), anteriores
    finally:
        ventana.close()
    return antes


# Las órdenes que escriben un PDF y un libro de Excel en la misma corrida: son una sola respuesta, los dos o ninguno.
JUNTOS = [
    pytest.param(("memoria", ANIO, "m.pdf", "--excel", "m.xlsx"), ("m.pdf", "m.xlsx"), id="memoria"),
    pytest.param(("organos", "composicion", "Consejo", "--pdf", "consejo.pdf", "--xlsx", "consejo.xlsx"),
                 ("consejo.pdf", "consejo.xlsx"), id="organos composicion"),
]


@pytest.mark.parametrize(("orden", "escritos"), JUNTOS)
def test_pisar_un_pdf_y_un_excel_con_uno_abierto_deja_los_dos(copia_de_la_demo, cli, archivos_abiertos, orden,
                                                                escritos):
    """Con --reemplazar y el PDF o el libro abierto en otro programa: lo dice y los dos anteriores quedan igual (antes
    se pisaba el otro: la memoria nueva en PDF con el libro de la anterior, o al revés). Cerrados, se pisan los dos."""
    pisar_abiertos(cli, copia_de_la_demo, archivos_abiertos, orden, escritos, todo_o_nada=True)


def test_si_otro_programa_abre_el_recien_puesto_el_anterior_queda_a_la_vista_y_se_dice(
        copia_de_la_demo, cli, archivos_abiertos, monkeypatch):
    """La memoria en PDF y en Excel con --reemplazar, el libro abierto en Excel: el PDF nuevo ya se puso y, justo
    entonces, un visor abre ese PDF (la persona hizo doble clic, un indexador): volver a poner el anterior no se
    puede. El anterior no queda como temporal oculto (la próxima escritura en la carpeta lo borraría: su fecha es la
    del archivo anterior) sino a la vista, «m (anterior).pdf», con sus mismos bytes, y el mensaje lo dice junto al
    motivo; el libro anterior, igual que antes. Soltados los dos, la orden se repite bien."""
    from escritorio.documentos.temporales import limpiar_restos

    carpeta = copia_de_la_demo.parent
    orden = ("memoria", ANIO, "m.pdf", "--excel", "m.xlsx")
    primera = cli(*orden, db=copia_de_la_demo)
    assert primera.returncode == 0, primera.stderr
    antes = {nombre: huella(carpeta / nombre) for nombre in ("m.pdf", "m.xlsx")}
    reemplazar = os.replace

    def y_un_visor_abre_el_pdf(origen, destino, *args, **opciones):
        if Path(destino).name == "m.xlsx":   # el PDF ya se puso: el libro es el siguiente
            archivos_abiertos.retener(carpeta / "m.pdf")
        return reemplazar(origen, destino, *args, **opciones)

    monkeypatch.setattr(os, "replace", y_un_visor_abre_el_pdf)
    archivos_abiertos.retener(carpeta / "m.xlsx")
    pisado = cli(*orden, "--reemplazar", db=copia_de_la_demo)
    assert pisado.returncode != 0 and "Traceback" not in pisado.stderr, pisado.stderr
    a_la_vista = carpeta / "m (anterior).pdf"
    assert PISADO.format("m.xlsx") in pisado.stderr
    assert ("m.pdf no se pudo dejar como estaba (el archivo está abierto en otro programa; ciérrelo): tiene lo "
            "recién escrito, que no quedó guardado; el anterior está en m (anterior).pdf.") in pisado.stderr, \
        pisado.stderr   # con la ruta como la pidió
    assert huella(a_la_vista) == antes["m.pdf"] and huella(carpeta / "m.xlsx") == antes["m.xlsx"]
    assert not [p.name for p in carpeta.iterdir() if p.name.startswith(".m.")]   # ningún temporal
    limpiar_restos(carpeta, ahora=datetime.now().timestamp() + 3600)   # la próxima escritura, una hora después
    assert huella(a_la_vista) == antes["m.pdf"]
    for nombre in ("m.pdf", "m.xlsx"):
        archivos_abiertos.soltar(carpeta / nombre)
    repetida = cli(*orden, "--reemplazar", db=copia_de_la_demo)
    assert repetida.returncode == 0, repetida.stderr
    assert huella(carpeta / "m.xlsx") != antes["m.xlsx"]


def test_la_limpieza_de_otra_escritura_a_mitad_no_se_lleva_la_copia_del_anterior(copia_de_la_demo, cli,
                                                                                   archivos_abiertos, monkeypatch):
    """La copia del PDF anterior, apartada mientras se ponen los dos, lleva la fecha de ahora: otra escritura en la
    carpeta (otra orden, la ventana) que limpia los temporales abandonados justo entonces no la toma por uno (con la
    fecha del anterior, de hace días, la borraba, y volver atrás perdía el anterior). Vuelto atrás, el PDF anterior
    tiene sus bytes y su fecha."""
    from escritorio.documentos.temporales import limpiar_restos

    carpeta = copia_de_la_demo.parent
    orden = ("memoria", ANIO, "m.pdf", "--excel", "m.xlsx")
    assert cli(*orden, db=copia_de_la_demo).returncode == 0
    hace_dias = datetime.now().timestamp() - 5 * 86400
    os.utime(carpeta / "m.pdf", (hace_dias, hace_dias))
    antes = huella(carpeta / "m.pdf"), (carpeta / "m.pdf").stat().st_mtime_ns
    reemplazar, limpiados = os.replace, []

    def y_otra_escritura_limpia(origen, destino, *args, **opciones):
        if Path(destino).name == "m.xlsx":   # el PDF nuevo ya está puesto; su anterior, apartado
            limpiados.extend(limpiar_restos(carpeta))
        return reemplazar(origen, destino, *args, **opciones)

    monkeypatch.setattr(os, "replace", y_otra_escritura_limpia)
    archivos_abiertos.retener(carpeta / "m.xlsx")
    pisado = cli(*orden, "--reemplazar", db=copia_de_la_demo)
    assert pisado.returncode != 0 and PISADO.format("m.xlsx") in pisado.stderr, pisado.stderr
    assert limpiados == []
    assert (huella(carpeta / "m.pdf"), (carpeta / "m.pdf").stat().st_mtime_ns) == antes
    assert not [p.name for p in carpeta.iterdir() if p.name.startswith(".m.")]


def test_con_el_reloj_del_disco_atrasado_lo_recien_escrito_no_parece_abandonado(copia_de_la_demo, cli, monkeypatch):
    """En una carpeta de red las fechas las pone el servidor: con su reloj una hora atrasado (o el de esta
    computadora adelantado), los temporales de esta misma escritura parecían abandonados y el Excel de la memoria
    borraba a mitad el PDF que se escribía con él («no existe la carpeta»). La antigüedad se cuenta con el reloj del
    disco: lo abandonado según ese reloj se limpia igual."""
    from types import SimpleNamespace

    from escritorio.documentos import temporales

    adelantada = datetime.now().timestamp() + 3600
    monkeypatch.setattr(temporales, "time", SimpleNamespace(time=lambda: adelantada))
    carpeta = copia_de_la_demo.parent
    abandonado = carpeta / ".otro.pdf.0badf00d.tmp"
    abandonado.write_bytes(b"%PDF-1.7 a medias")
    hace_rato = datetime.now().timestamp() - temporales.ANTIGUEDAD_S - 60
    os.utime(abandonado, (hace_rato, hace_rato))
    hecho = cli("memoria", ANIO, "m.pdf", "--excel", "m.xlsx", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert (carpeta / "m.pdf").read_bytes().startswith(b"%PDF") and (carpeta / "m.xlsx").stat().st_size
    assert not abandonado.exists()


@pytest.fixture
def acceso(copia_de_la_demo, cli):
    """(ok, solicitud, copia, escritos): una solicitud de acceso abierta en la red de ejemplo y una copia de la base
    hecha entonces (allí se la responde para tener una carta y unos datos anteriores); después llegó otra solicitud
    de la persona, así que la respuesta de la base no es la de la copia."""
    def ok(*orden):
        hecho = cli(*orden, "--json", db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
        return json.loads(hecho.stdout)

    ok("derechos", "politica", "--pais", "UY")
    contacto = ok("miembros", "contacto", "5", "--nombre", "Marina Duarte", "--correo", "mduarte@prensa.ejemplo.org")
    persona = ok("personas", "registrar", f"contactos:{contacto['id']}")["persona_id"]
    solicitud = ok("derechos", "registrar", "--persona", persona, "--derecho", "acceso")["solicitud_id"]
    copia = copia_de_la_demo.with_name("copia.db")
    de, a = sqlite3.connect(copia_de_la_demo), sqlite3.connect(copia)
    de.backup(a)
    de.close()
    a.close()
    ok("derechos", "registrar", "--persona", persona, "--derecho", "oposicion")
    return ok, solicitud, copia, (f"acceso-solicitud-{solicitud}.pdf", f"acceso-solicitud-{solicitud}.json")


def estado_de(ok, solicitud) -> str:
    (esa,) = [s for s in ok("derechos", "listar") if s["id"] == solicitud]
    return esa["estado"]


def test_responder_un_acceso_con_la_carta_o_los_datos_abiertos_deja_los_dos_anteriores(copia_de_la_demo, cli,
                                                                                      archivos_abiertos, acceso):
    """«derechos acceso» escribe dos archivos (la carta y los datos) y anota la respuesta: en la misma base no se
    repite («no se responde dos veces»), pero la carpeta puede tener ya una carta y unos datos con esos nombres (los
    de esa solicitud respondida en una copia de la base, en un respaldo que después se restauró). Con --reemplazar y
    uno de los dos abierto en otro programa: lo dice, los dos anteriores quedan igual (antes, con la carta abierta, se
    borraban los datos recién puestos en lugar de los anteriores: se perdían) y la solicitud sigue abierta (la última
    corrida de `pisar_abiertos` la responde). Cerrados, se pisan los dos."""
    ok, solicitud, copia, escritos = acceso
    carpeta = copia_de_la_demo.parent
    antes = pisar_abiertos(cli, copia_de_la_demo, archivos_abiertos, ("derechos", "acceso", solicitud, "--carpeta", "."),
                           escritos, primera_en=copia, todo_o_nada=True)
    assert all(huella(carpeta / nombre) != antes[nombre] for nombre in escritos)   # se pisaron los dos
    datos = json.loads((carpeta / escritos[1]).read_text(encoding="utf-8"))
    assert [s["derecho"] for s in datos["solicitudes"]] == ["acceso", "oposicion"]
    assert estado_de(ok, solicitud) == "respondida"


def test_responder_un_acceso_sin_lugar_para_la_carta_no_deja_nada_nuevo_y_la_solicitud_sigue_abierta(
        copia_de_la_demo, cli, acceso, monkeypatch):
    """La carpeta que se niega a mitad de camino (el disco lleno al escribir la carta, los datos ya escritos): la
    primera vez no queda ningún archivo; con --reemplazar, los dos anteriores quedan igual. Las dos veces la
    solicitud sigue abierta y no quedan temporales."""
    from escritorio.documentos.pdf import carta

    ok, solicitud, copia, escritos = acceso
    carpeta = copia_de_la_demo.parent
    en_la_carpeta = sorted(p.name for p in carpeta.iterdir())

    escribir, lleno = carta.escribir_carta_pdf, [True]

    def sin_lugar(ruta, *args, **opciones):
        if lleno[0]:
            raise OSError(errno.ENOSPC, "No space left on device", str(ruta))
        return escribir(ruta, *args, **opciones)

    monkeypatch.setattr(carta, "escribir_carta_pdf", sin_lugar)
    orden = ("derechos", "acceso", solicitud, "--carpeta", ".")
    for reemplazar in ((), ("--reemplazar",)):
        fallida = cli(*orden, *reemplazar, db=copia_de_la_demo)
        assert fallida.returncode != 0 and "Traceback" not in fallida.stderr, fallida.stderr
        assert sorted(p.name for p in carpeta.iterdir()) == en_la_carpeta
        assert estado_de(ok, solicitud) == "abierta"
        assert f"No se puede escribir {escritos[0]}" in fallida.stderr and "disco está lleno" in fallida.stderr
        if not reemplazar:   # para la segunda vuelta: la carta y los datos de la copia
            lleno[0] = False
            assert cli(*orden, db=copia).returncode == 0
            lleno[0] = True
            en_la_carpeta = sorted(p.name for p in carpeta.iterdir())
            antes = {nombre: huella(carpeta / nombre) for nombre in escritos}
    assert {nombre: huella(carpeta / nombre) for nombre in escritos} == antes


# Cada orden que escribe un archivo con el nombre que se le da y acepta --reemplazar, sobre la red de ejemplo: lo que
# la prepara (si hace falta), la orden y lo que escribe. Las que no están, y por qué:
# - «pagos registrar --recibo»: registra el pago antes de escribir el recibo; con el recibo abierto sale 3 con «Pago
#   registrado … vuelva a generarlo con «pagos recibo»» (repetirla registraría otro pago). «pagos recibo» está.
# - «cuotas avisos», «voto codigos --tarjetas» y «derechos suprimir --carpeta»: anotan lo que entregan (el lote de
#   avisos, los códigos, la respuesta); repetidas no tienen nada que escribir.
# - «derechos acceso»: también anota la respuesta, pero la carpeta puede tener la carta y los datos de una copia de la
#   base: test_responder_un_acceso_con_la_carta_o_los_datos_abiertos_deja_los_dos_anteriores, arriba, la responde
#   primero en una copia y después, con --reemplazar, en la base (los dos archivos son una respuesta: con uno
#   abierto, el otro tampoco se pisa).
# - «firma acta|resolucion --salida»: cada vez agregan una firma (piden un certificado); «firma exportar» escribe el
#   PDF firmado por el mismo escribir_sin_pisar que «convenios pdf» y «unidades pdf-informe».
# - «bitacora sellar-tiempo --guardar» y «bitacora exportar-sello»: piden un sello de una TSA (la red de ejemplo no
#   tiene ninguno).
# - «respaldo crear»: no es una exportación; test_reemplazar_un_respaldo_abierto_en_otro_programa_lo_dice_y_lo_deja,
#   arriba, pisa un respaldo abierto por la misma función, con su mensaje («No se pudo crear el respaldo …»).
# - «indicadores registrar», «enmiendas presentar» y «convenios adjuntar»: su --reemplazar no es de un archivo que se
#   escribe (un valor, un párrafo, el PDF guardado en la base).
# - «memoria AÑO … --excel» y «organos composicion --pdf --xlsx»: escriben dos archivos que son una respuesta (los dos
#   o ninguno): test_pisar_un_pdf_y_un_excel_con_uno_abierto_deja_los_dos, arriba.
ADJUNTO = (("organos", "organigrama", "firmado.pdf"),)
EXPORTACIONES = [
    pytest.param((), ("miembros", "exportar", "padron.xlsx"), ("padron.xlsx",), id="miembros exportar"),
    pytest.param((), ("miembros", "padron", "padron.pdf"), ("padron.pdf",), id="miembros padron"),
    pytest.param((), ("cuotas", "exportar", ANIO, "cuotas.xlsx"), ("cuotas.xlsx",), id="cuotas exportar"),
    pytest.param((), ("cuotas", "morosidad", "morosidad.xlsx"), ("morosidad.xlsx",), id="cuotas morosidad"),
    pytest.param((), ("cuotas", "estado-cuenta", "--miembro", "7", "estado.pdf"), ("estado.pdf",),
                 id="cuotas estado-cuenta"),
    pytest.param((), ("cuotas", "cobranza", ANIO, "cobranza.pdf"), ("cobranza.pdf",), id="cuotas cobranza"),
    pytest.param((), ("pagos", "recibo", "214", "recibo.pdf"), ("recibo.pdf",), id="pagos recibo"),
    pytest.param((), ("organos", "organigrama", "organigrama.pdf"), ("organigrama.pdf",), id="organos organigrama"),
    pytest.param((), ("estatutos", "texto", "estatuto.pdf"), ("estatuto.pdf",), id="estatutos texto"),
    pytest.param((), ("unidades", "matriz", "matriz.xlsx"), ("matriz.xlsx",), id="unidades matriz"),
    pytest.param((), ("unidades", "informe", "UT Cultura", "cultura.pdf"), ("cultura.pdf",), id="unidades informe"),
    pytest.param((*ADJUNTO, ("unidades", "informe-actividad", "1", "--adjuntar", "firmado.pdf")),
                 ("unidades", "pdf-informe", "1", "informe.pdf"), ("informe.pdf",), id="unidades pdf-informe"),
    pytest.param((), ("sesiones", "convocatoria", "4", "convocatoria.pdf"), ("convocatoria.pdf",),
                 id="sesiones convocatoria"),
    pytest.param((), ("sesiones", "acta", "1", "acta.pdf"), ("acta.pdf",), id="sesiones acta"),
    pytest.param((), ("sesiones", "exportar", "1", "sesion.xlsx"), ("sesion.xlsx",), id="sesiones exportar"),
    pytest.param((), ("resoluciones", "pdf", "3", "--salida", "resolucion.pdf"), ("resolucion.pdf",),
                 id="resoluciones pdf"),
    pytest.param((), ("bitacora", "exportar", "bitacora.xlsx"), ("bitacora.xlsx",), id="bitacora exportar"),
    pytest.param((*ADJUNTO, ("convenios", "adjuntar", "1", "firmado.pdf")), ("convenios", "pdf", "1", "convenio.pdf"),
                 ("convenio.pdf",), id="convenios pdf"),
    pytest.param((), ("convenios", "exportar", "convenios.xlsx"), ("convenios.xlsx",), id="convenios exportar"),
    pytest.param((), ("indicadores", "exportar", "indicadores.xlsx"), ("indicadores.xlsx",), id="indicadores exportar"),
    pytest.param((), ("derechos", "registro-de-actividades", "registro.pdf"), ("registro.pdf",),
                 id="derechos registro-de-actividades pdf"),
    pytest.param((), ("derechos", "registro-de-actividades", "registro.xlsx"), ("registro.xlsx",),
                 id="derechos registro-de-actividades xlsx"),
]


@pytest.mark.parametrize(("preparar", "orden", "escritos"), EXPORTACIONES)
def test_pisar_lo_que_exporta_cada_orden_con_el_archivo_abierto(copia_de_la_demo, cli, archivos_abiertos, preparar,
                                                                 orden, escritos):
    for paso in preparar:
        hecho = cli(*paso, db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
    pisar_abiertos(cli, copia_de_la_demo, archivos_abiertos, orden, escritos)
