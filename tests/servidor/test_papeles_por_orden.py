"""Cada orden, con el login de cada papel, contra un PostgreSQL de verdad (issue 77, §1).

La tabla de lo prometido es `escritorio/cli/papeles_en_el_servidor.py` (la misma que dice docs/cli.md en cada orden):
la orden que un papel corre tiene que terminar bien con su login; la que no, rechazada con el mensaje del programa
(«no tiene permiso», sin traza) y sin guardar nada (la bitácora del servidor igual). Así se encontró que ningún
papel podía enviar el correo en el servidor (faltaba la columna `ancla` en sus permisos) y que tesorería no podía
importar un extracto (la numeración de los pagos pedía mover una secuencia).

`EJEMPLOS` da, para cada orden, una forma de correrla sobre la red de ejemplo subida al servidor, con marcas que se
llenan con ids de la demo (`{miembro}`, `{pago}`…), con archivos nuevos en la carpeta de la prueba (`{pdf}`, `{xlsx}`,
`{tsr}`) y con lo que la fixture del módulo arma una sola vez (un certificado `{p12}`, una autoridad de sello de
tiempo `{tsa}`…); `PREPARAR` (opcional) lo que hace falta antes, corrido con el login del administrador. Las que piden
otra base (`demo`, `servidor actualizar`…) se prueban aparte (`PROBADAS_APARTE`); las que tienen ejemplo pero esperan
un arreglo del programa, en `ESPERAN_AL_PROGRAMA` con el motivo; las demás de la tabla, en `SIN_EJEMPLO_TODAVIA`.
"""

import argparse
import importlib
import itertools
import json
import re
from datetime import date, timedelta

import psycopg
import pytest

from ayudas import pdf_de_prueba, turno_siguiente_de_la_se
from escritorio.cli.papeles_en_el_servidor import ADMINISTRACION, COBRANZA, EN_EL_ARCHIVO, PAPELES_POR_ORDEN
from escritorio.dominio.conciliacion import referencia_de_pago
from extractos_de_prueba import Movimiento, banco_debito_credito

HOY = date.today().isoformat()
# Un traspaso anticipado de la Secretaría Ejecutiva: hoy, salvo el día en que empieza el turno (ese día ya tiene el
# suyo): entonces, mañana.
_EN_CURSO = turno_siguiente_de_la_se().replace(year=turno_siguiente_de_la_se().year - 1)
DIA_DE_TRASPASO = max(date.today(), _EN_CURSO + timedelta(days=1)).isoformat()
_HACE = date.today() - timedelta(days=20)

# Los ids de la red de ejemplo (tests/contenido_de_la_demo.py la fija): Rosario (3) debe cuotas en dólares;
# la sesión 4 (Consejo) está celebrada con el acta en borrador; la resolución 8, de esa sesión. El mandato 1 es el
# primero que designa la demo (la Secretaría Técnica en Montevideo, desde 2007 y sin fin): los que siguen cambian de
# id y de fin con el día (cada 1 de diciembre hay otro turno de la Secretaría Ejecutiva, y los del Consejo vencen el
# 30 de noviembre de los años pares: ese día, «terminar hasta hoy» no cambia nada).
MARCAS = {"miembro": 3, "pago": 1, "sesion": 4, "sesion_aprobada": 3, "punto": 12, "resolucion": 8,
          "contacto": 1, "convenio": 1, "obligacion": 1, "actividad": 1, "mandato": 1, "unidad": "UT Cultura",
          "organo": "Consejo", "hoy": HOY, "traspaso": DIA_DE_TRASPASO}

EJEMPLOS: dict[str, list[str]] = {
    # --- la asociación y el padrón
    "asociacion listar": ["asociacion", "listar"],
    "asociacion paises": ["asociacion", "paises"],
    "asociacion editar": ["asociacion", "editar", "--sede", "Asunción"],
    "asociacion admision": ["asociacion", "admision", "--gracia", "90"],
    "asociacion agrupacion": ["asociacion", "agrupacion", "Subregión", "Cono Sur", "--paises", "AR,UY,PY"],
    "asociacion agrupaciones": ["asociacion", "agrupaciones"],
    "asociacion contar-por": ["asociacion", "contar-por", "tipo_de_miembro", "--organo", "{organo}"],
    "miembros listar": ["miembros", "listar"],
    "miembros exportar": ["miembros", "exportar", "{xlsx}"],
    "miembros padron": ["miembros", "padron", "{pdf}"],
    "miembros contactos": ["miembros", "contactos", "{miembro}"],
    "miembros contacto": ["miembros", "contacto", "{miembro}", "--nombre", "Ana Prensa", "--correo",
                          "prensa@rosario.ejemplo.org"],
    "miembros poblacion": ["miembros", "poblacion", "{miembro}", "--poblacion", "1300000", "--anio-poblacion",
                           "2022", "--fuente-poblacion", "INDEC"],
    "miembros baja": ["miembros", "baja", "{miembro}", "--fecha", "{hoy}", "--motivo", "Renuncia"],
    "miembros agregar": ["miembros", "agregar", "--nombre", "Villa Inventada", "--pais", "UY", "--poblacion", "76412",
                         "--anio-poblacion", "2011", "--fuente-poblacion", "INE"],
    # --- cuotas y pagos
    "cuotas escala listar": ["cuotas", "escala", "listar"],
    "cuotas emitir": ["cuotas", "emitir", "2027"],
    "cuotas exportar": ["cuotas", "exportar", "2026", "{xlsx}"],
    "cuotas morosidad": ["cuotas", "morosidad", "{xlsx}"],
    "cuotas estado-cuenta": ["cuotas", "estado-cuenta", "--miembro", "{miembro}", "{pdf}"],
    "cuotas avisos": ["cuotas", "avisos", "{pdf}"],
    "cuotas cobranza": ["cuotas", "cobranza", "2026", "{pdf}"],
    "cuotas exencion": ["cuotas", "exencion", "--miembro", "{miembro}", "--anio", "2027", "--porcentaje", "50",
                        "--motivo", "Inundaciones", "--aprobada-por", "Consejo"],
    "pagos listar": ["pagos", "listar", "--miembro", "{miembro}"],
    "pagos registrar": ["pagos", "registrar", "--miembro", "{miembro}", "--monto", "10", "--moneda", "USD",
                        "--fecha", "{hoy}"],
    "pagos anular": ["pagos", "anular", "{pago}", "--motivo", "Cargado dos veces"],
    "pagos recibo": ["pagos", "recibo", "{pago}", "{pdf}"],
    "pagos importar": ["pagos", "importar", "{extracto}", "--moneda", "USD"],
    # --- órganos y estatutos
    "organos listar": ["organos", "listar"],
    "organos composicion": ["organos", "composicion", "{organo}"],
    "organos organigrama": ["organos", "organigrama", "{pdf}"],
    "organos vencimientos": ["organos", "vencimientos"],
    "organos mandatos": ["organos", "mandatos", "{organo}"],
    "organos periodo": ["organos", "periodo", "{unidad}", "--meses", "24"],
    "estatutos listar": ["estatutos", "listar"],
    "estatutos reglas": ["estatutos", "reglas"],
    "unidades matriz": ["unidades", "matriz", "{xlsx}"],
    "unidades actividades": ["unidades", "actividades", "{unidad}"],
    "unidades atrasadas": ["unidades", "atrasadas"],
    "unidades actividad": ["unidades", "actividad", "{unidad}", "--titulo", "Taller de archivos", "--fecha",
                           "{hoy}"],
    # --- sesiones
    "sesiones listar": ["sesiones", "listar"],
    "sesiones puntos": ["sesiones", "puntos", "{sesion}"],
    "sesiones elecciones": ["sesiones", "elecciones", "{sesion}"],
    "sesiones exportar": ["sesiones", "exportar", "{sesion}", "{xlsx}"],
    "sesiones convocatoria": ["sesiones", "convocatoria", "{sesion}", "{pdf}"],
    "sesiones acta": ["sesiones", "acta", "{sesion_aprobada}", "{pdf}"],
    "sesiones invitado": ["sesiones", "invitado", "{sesion}", "--nombre", "Marta Ruiz", "--institucion", "CEPAL"],
    "resoluciones listar": ["resoluciones", "listar"],
    "resoluciones ver": ["resoluciones", "ver", "{resolucion}"],
    "resoluciones pdf": ["resoluciones", "pdf", "{resolucion}", "--salida", "{pdf}"],
    "mociones listar": ["mociones", "listar", "--sesion", "{sesion}"],
    # --- la bitácora, la verificación y la búsqueda
    "bitacora listar": ["bitacora", "listar", "--cantidad", "5"],
    "bitacora exportar": ["bitacora", "exportar", "{xlsx}"],
    "bitacora ancla": ["bitacora", "ancla"],
    "verificar": ["verificar"],
    "buscar": ["buscar", "Rosario"],
    "agenda": ["agenda"],
    "firma listar": ["firma", "listar"],
    "documento verificar": ["documento", "verificar", "{pdf_emitido}"],
    # --- el correo
    "correo bandeja": ["correo", "bandeja"],
    "correo recibo": ["correo", "recibo", "{pago}"],
    "correo convocatoria": ["correo", "convocatoria", "{sesion}", "--no-enviar"],
    "correo avisos": ["correo", "avisos", "--no-enviar"],
    "correo enviar": ["correo", "enviar"],
    "correo cuenta": ["correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "{smtp}", "--seguridad", "ninguna",
                      "--remitente", "secretaria@redsur.ejemplo.org"],
    # --- convenios y memoria
    "convenios listar": ["convenios", "listar"],
    "convenios ver": ["convenios", "ver", "{convenio}"],
    "convenios externas": ["convenios", "externas"],
    "convenios exportar": ["convenios", "exportar", "{xlsx}"],
    "convenios vencimientos": ["convenios", "vencimientos"],
    "convenios pdf": ["convenios", "pdf", "{convenio}", "{pdf}"],
    "convenios cumplir": ["convenios", "cumplir", "{obligacion}", "--el", "{hoy}"],
    "memoria textos": ["memoria", "textos", "2026"],
    "indicadores definir": ["indicadores", "definir", "--nombre", "Árboles plantados", "--unidad", "árboles",
                            "--sentido", "mayor"],
    "indicadores listar": ["indicadores", "listar"],
    "indicadores registrar": ["indicadores", "registrar", "Emisiones", "--miembro", "{miembro}", "--anio", "2025",
                              "--valor", "4,3", "--evidencia", "Inventario 2025"],
    "indicadores comparar": ["indicadores", "comparar", "Emisiones"],
    "indicadores exportar": ["indicadores", "exportar", "{xlsx}"],
    "indicadores corregir": ["indicadores", "corregir", "Emisiones", "--unidad", "tCO2e por habitante"],
    "indicadores quitar": ["indicadores", "quitar", "Emisiones", "--miembro", "{miembro}", "--anio", "2025"],
    "memoria texto": ["memoria", "texto", "2026", "--introduccion", "{texto}"],
    # --- personas y derechos
    "personas apariciones": ["personas", "apariciones", "--buscar", "Rosario"],
    "personas listar": ["personas", "listar"],
    "derechos listar": ["derechos", "listar"],
    "derechos vencidos": ["derechos", "vencidos"],
    "derechos politica": ["derechos", "politica", "--pais", "UY", "--contacto", "datos@redsur.ejemplo.org"],
    "derechos registro-de-actividades": ["derechos", "registro-de-actividades", "{pdf}"],
    "consentimientos texto": ["consentimientos", "texto"],
    "consentimientos listar": ["consentimientos", "listar"],
    # --- más de secretaría
    "asociacion pais": ["asociacion", "pais", "PY", "--desde", "{hoy}"],
    "miembros editar": ["miembros", "editar", "{miembro}", "--region", "Santa Fe"],
    "miembros autoridad": ["miembros", "autoridad", "{miembro}", "--persona", "Pablo Javkin", "--cargo",
                           "Intendente", "--desde", "2023-12-10"],
    "miembros suspender": ["miembros", "suspender", "{miembro}", "--fecha", "{hoy}", "--motivo", "Deuda"],
    "miembros calidad": ["miembros", "calidad", "{miembro}", "observador", "--desde", "{hoy}", "--motivo",
                         "Resolución 4/2026"],
    "miembros quitar-contacto": ["miembros", "quitar-contacto", "2", "{contacto}"],
    "miembros ubicacion": ["miembros", "ubicacion", "{miembro}", "--latitud", "-32.95", "--longitud", "-60.66",
                           "--fuente", "Mapa de la oficina"],
    "miembros solicitud": ["miembros", "solicitud", "--nombre", "Villa Inventada", "--pais", "UY", "--poblacion",
                           "5000", "--anio-poblacion", "2020", "--fecha", "{hoy}"],
    "cuotas regla-voto": ["cuotas", "regla-voto", "--cuotas", "2", "--articulo", "Art. 9"],
    "organos terminar-mandato": ["organos", "terminar-mandato", "{mandato}", "--hasta", "{hoy}", "--motivo",
                                 "Renuncia"],
    "organos crear": ["organos", "crear", "--nombre", "UT Agua", "--tipo", "unidad_tematica"],
    "sesiones convocar": ["sesiones", "convocar", "{organo}", "--fecha", "2027-03-01", "--lugar", "Rosario"],
    "sesiones punto": ["sesiones", "punto", "{sesion_futura}", "--titulo", "Informe de tesorería"],
    "sesiones resumir": ["sesiones", "resumir", "{punto_futuro}", "Resumen del informe."],
    "mociones presentar": ["mociones", "presentar", "--punto", "{punto_futuro}", "--titulo", "Agua segura",
                           "--texto", "Que la red impulse un programa de agua segura.", "--autor", "{miembro}"],
    "oradores pedir": ["oradores", "pedir", "--punto", "{punto_futuro}", "--miembro", "{miembro}"],
    "oradores listar": ["oradores", "listar", "--punto", "{punto_futuro}"],
    "convenios agregar": ["convenios", "agregar", "--tipo", "cooperacion", "--titulo", "Agua segura", "--inicio",
                          "{hoy}", "--miembro", "{miembro}"],
    "convenios obligacion": ["convenios", "obligacion", "{convenio}", "--descripcion", "Informe anual", "--vence",
                             "2027-03-01"],
    "convenios editar": ["convenios", "editar", "{convenio}", "--objeto", "Cooperación técnica"],
    "memoria seccion": ["memoria", "seccion", "2026", "--titulo", "Agradecimientos", "--texto", "Gracias."],
    "correo recibe": ["correo", "recibe", "{contacto}", "recibo"],
    "correo anular": ["correo", "anular", "{mensaje}"],
    "correo alcance": ["correo", "alcance", "{sesion}"],
    "personas registrar": ["personas", "registrar", "contactos:{contacto}", "--motivo", "Pidió sus datos"],
    "estatutos texto": ["estatutos", "texto", "{pdf}"],
    "unidades informe": ["unidades", "informe", "{unidad}", "{pdf}"],
    "lote": ["lote", "{lote}"],
    "servidor copia": ["servidor", "copia", "{url}", "{db_nueva}"],
    "servidor reforzar": ["servidor", "reforzar", "{url}"],
    "servidor usuario": ["servidor", "usuario", "{url}", "alguien_nuevo", "--papel", "consulta"],
    # --- lo que no se usa sobre el servidor
    "respaldo recuperar": ["respaldo", "recuperar"],
    "derechos limpiar": ["derechos", "limpiar"],
    "respaldo crear": ["respaldo", "crear", "{carpeta}"],
    "respaldo listar": ["respaldo", "listar"],
    "respaldo borrar": ["respaldo", "borrar", "no-existe.db"],
}

# Lo que piden otras órdenes antes de correr (una moción que admitir, una persona registrada…): cada paso es una orden
# que corre el administrador sobre la misma base, con --json, y guarda en las marcas un valor de lo que devolvió
# ({marca: clave del JSON}). Un tercer elemento, si lo hay, es el estado de salida que se espera del paso (por omisión
# 0: «correo enviar» que deja un mensaje por confirmar sale con 3). Además de las marcas de la prueba, un paso puede
# usar `{url_admin}` (la dirección del administrador, con la que corre) y `{url_secretaria}` (la del login de
# secretaría que después corre la orden: «servidor llevar» con ella deja una sesión que ese login devuelve). Las
# escriben los módulos `ejemplos_*.py` de esta carpeta, junto con sus EJEMPLOS.
Paso = tuple[list[str], dict[str, str]] | tuple[list[str], dict[str, str], int]
PREPARAR: dict[str, list[Paso]] = {}

for _modulo in ("ejemplos_de_la_sala", "ejemplos_del_resto", "ejemplos_con_firma"):
    try:
        _ejemplos = importlib.import_module(_modulo)
    except ModuleNotFoundError:
        continue
    assert not set(_ejemplos.EJEMPLOS) & set(EJEMPLOS), f"{_modulo}: órdenes que ya tienen ejemplo"
    EJEMPLOS.update(_ejemplos.EJEMPLOS)
    PREPARAR.update(getattr(_ejemplos, "PREPARAR", {}))

# Las que prueba otra prueba, con el login de cada papel, porque piden otra base (una vacía del servidor).
PROBADAS_APARTE = {
    "servidor instalar": "test_secuencias_y_papeles_con_psql.py::test_instalar_y_subir_los_hace_quien_administra",
    "servidor subir": "test_secuencias_y_papeles_con_psql.py::test_instalar_y_subir_los_hace_quien_administra",
    "demo": "test_papeles_por_orden.py::test_la_demo_la_carga_secretaria_en_una_base_vacia_del_servidor",
    "servidor actualizar": "test_papeles_por_orden.py::test_actualizar_una_base_vieja_lo_hace_quien_administra",
}
# Las que tienen ejemplo pero el programa todavía no cumple la tabla (la prueba fallaría): no se corren, con el motivo.
# Cuando el programa cumpla, se borra su línea.
ESPERAN_AL_PROGRAMA: dict[str, str] = {}
# Las órdenes que esta prueba todavía no corre (issue 77, nota). Siguen en la tabla de papeles y en docs/cli.md; el
# servidor las hace cumplir igual.
SIN_EJEMPLO_TODAVIA = sorted(set(PAPELES_POR_ORDEN) - set(EJEMPLOS) - set(PROBADAS_APARTE) | set(ESPERAN_AL_PROGRAMA))


def _hojas(parser=None, camino=()):
    """Cada orden ejecutable del analizador real («cuotas escala definir»…)."""
    if parser is None:
        from escritorio.cli import construir_analizador

        parser = construir_analizador()
    subordenes = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subordenes:
        yield " ".join(camino)
    for accion in subordenes:
        for nombre, hijo in accion.choices.items():
            yield from _hojas(hijo, camino + (nombre,))


HOJAS = set(_hojas())


def test_cada_orden_tiene_su_papel_en_el_servidor():
    """Una orden nueva sin su fila en la tabla de papeles (y así sin su línea en docs/cli.md) falla aquí."""
    assert sorted(PAPELES_POR_ORDEN) == sorted(HOJAS), (
        f"sin papel: {sorted(set(HOJAS) - set(PAPELES_POR_ORDEN))}; "
        f"en la tabla pero no en la CLI: {sorted(set(PAPELES_POR_ORDEN) - set(HOJAS))}")
    assert set(EJEMPLOS) <= set(PAPELES_POR_ORDEN)
    assert set(ESPERAN_AL_PROGRAMA) <= set(EJEMPLOS) and not set(PROBADAS_APARTE) & set(EJEMPLOS)


def _huella_de_la_bitacora(url: str) -> tuple:
    with psycopg.connect(url) as c:
        return c.execute("SELECT count(*), max(id) FROM bitacora_sellos").fetchone()


_numero = itertools.count(1)


def _llenar(argumentos: list[str], marcas: dict, carpeta) -> list[str]:
    def archivo(extension):
        return str(carpeta / f"salida-{next(_numero)}.{extension}")

    llenos = []
    for argumento in argumentos:
        if argumento in ("{pdf}", "{xlsx}", "{tsr}"):
            llenos.append(archivo(argumento[1:-1]))
        elif argumento == "{db_nueva}":
            llenos.append(archivo("db"))
        elif argumento == "{carpeta}":
            llenos.append(str(carpeta / f"carpeta-{next(_numero)}"))
        else:
            llenos.append(argumento.format(**marcas))
    return llenos


def _casos():
    """Una base por orden, donde corren los tres papeles en orden (consulta, tesorería, secretaría): lo rechazado no
    cambia nada. Una orden de cobranza, que tesorería ya hizo, secretaría la corre en otra base."""
    for orden in sorted(set(EJEMPLOS) - set(ESPERAN_AL_PROGRAMA)):
        if PAPELES_POR_ORDEN[orden] == COBRANZA:
            yield pytest.param(orden, ("consulta", "tesoreria"), id=f"{orden}-consulta-tesoreria")
            yield pytest.param(orden, ("secretaria",), id=f"{orden}-secretaria")
        else:
            yield pytest.param(orden, ("consulta", "tesoreria", "secretaria"), id=orden)


# La contraseña del certificado de `{p12}`: cada orden la recibe en el entorno, como un script (nunca en la línea de
# órdenes: tests/cli/test_firma_digital.py).
CONTRASENA_DEL_CERTIFICADO = "clave del certificado ñ"


async def _cortar_despues_de_data(server, session, envelope):
    """El servidor de correo recibe el mensaje entero y corta la conexión sin responder: el programa no sabe si salió
    y lo deja «por confirmar» (servicios/despacho.py), lo que resuelve «correo confirmar»."""
    server.transport.close()
    return "250 Mensaje aceptado"


@pytest.fixture(scope="module")
def marcas_del_modulo(tmp_path_factory):
    """Lo que cuesta armar y sirve a todas las pruebas del módulo, hecho una vez: un certificado desechable con su
    clave (`{p12}`) y su parte pública (`{pem}`), una autoridad de sello de tiempo en 127.0.0.1 (`{tsa}`), un texto
    con encabezados «Artículo N» para cargar como norma (`{norma}`) y el puerto de un servidor de correo que corta la
    conexión después de recibir un mensaje, sin responder (`{smtp_que_corta}`)."""
    from certificados import crear_certificado
    from correo.servidor_smtp import ServidorSMTP
    from pki_local import PKILocal

    carpeta = tmp_path_factory.mktemp("papeles_por_orden")
    p12, pem = crear_certificado(carpeta, "Lucía Fernández", CONTRASENA_DEL_CERTIFICADO)
    norma = carpeta / "reglamento.txt"
    norma.write_text("Artículo 1\nLas sesiones se convocan por correo.\n\nArtículo 2\nEl acta se aprueba en la "
                     "sesión siguiente.\n", encoding="utf-8")
    with PKILocal(carpeta / "pki") as pki, ServidorSMTP() as corta:
        corta.manejador.handle_DATA = _cortar_despues_de_data
        yield {"p12": str(p12), "pem": str(pem), "tsa": pki.url_tsa, "norma": str(norma),
               "smtp_que_corta": corta.puerto}


@pytest.fixture(scope="module")
def _demo_preparada(servidor_pg, _demo_subida_pg, marcas_del_modulo, tmp_path_factory):
    """La red de ejemplo subida, con lo que piden los ejemplos, armada una vez por módulo (el administrador, por la
    CLI): una cuenta de correo hacia un servidor que escucha, un PDF emitido (un recibo), un convenio con su copia
    firmada, alguien con correo a quien mandarle el recibo y la convocatoria, una sesión futura con un punto y un
    mensaje por enviar. Cada prueba trabaja en su copia (`demo_preparada_en_el_servidor`): copiar una base del
    servidor cuesta unas décimas; armarla, más de medio segundo por prueba."""
    from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso
    from correo.servidor_smtp import ServidorSMTP
    from servidor_postgres import _borrar_base, _copiar_plantilla, _numero_de_base

    carpeta = tmp_path_factory.mktemp("demo_preparada")
    nombre = f"demo_preparada_{next(_numero_de_base)}"
    _copiar_plantilla(servidor_pg, nombre, _demo_subida_pg)
    url = servidor_pg.url(nombre)

    def cli(*argumentos):
        hecho = orden_en_el_proceso(["--db", url, *map(str, argumentos)], carpeta, entorno_aislado(carpeta))
        assert hecho.returncode == 0, f"{argumentos}: {hecho.stderr}"
        return hecho

    extracto = banco_debito_credito(carpeta / "extracto.csv", [
        Movimiento(_HACE, f"TRANSF RECIBIDA {referencia_de_pago('RCS', 256)}", "600.00", "A1")])
    emitido = carpeta / "recibo-emitido.pdf"
    texto = carpeta / "introduccion.md"
    texto.write_text("Un año de trabajo en red.", encoding="utf-8")
    firmado = carpeta / "convenio-firmado.pdf"
    firmado.write_bytes(pdf_de_prueba("Convenio firmado"))
    with ServidorSMTP() as smtp:
        cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", smtp.puerto, "--seguridad", "ninguna",
            "--remitente", "secretaria@redsur.ejemplo.org")
        cli("pagos", "recibo", MARCAS["pago"], emitido)
        cli("convenios", "adjuntar", MARCAS["convenio"], firmado)
        with psycopg.connect(url) as c:   # alguien a quien mandarle el recibo y la convocatoria
            c.execute("UPDATE miembros SET correo = 'tesoreria@rosario.ejemplo.org' WHERE id = 3")
        futura = json.loads(cli("sesiones", "convocar", MARCAS["organo"], "--fecha", "2027-02-01", "--lugar",
                                "Rosario", "--json").stdout)["id"]
        punto = json.loads(cli("sesiones", "punto", futura, "--titulo", "Agua segura", "--json").stdout)["id"]
        cli("correo", "recibo", MARCAS["pago"], "--no-enviar")
        with psycopg.connect(url) as c:
            (mensaje,) = c.execute("SELECT max(id) FROM mensajes").fetchone()
        lote = carpeta / "lote.txt"
        lote.write_text("miembros listar\norganos listar\n", encoding="utf-8")
        yield nombre, {**MARCAS, **marcas_del_modulo, "sesion_futura": futura, "punto_futuro": punto,
                       "mensaje": mensaje, "lote": str(lote), "texto": str(texto), "extracto": str(extracto),
                       "pdf_emitido": str(emitido), "smtp": smtp.puerto}
    _borrar_base(servidor_pg, nombre)


@pytest.fixture
def demo_preparada_en_el_servidor(servidor_pg, _demo_preparada) -> str:
    """La dirección (del administrador) de una copia, propia de la prueba, de la red de ejemplo preparada."""
    from servidor_postgres import _borrar_base, _copiar_plantilla, _numero_de_base

    nombre = f"demo_{next(_numero_de_base)}"
    _copiar_plantilla(servidor_pg, nombre, _demo_preparada[0])
    yield servidor_pg.url(nombre)
    _borrar_base(servidor_pg, nombre)


@pytest.fixture(scope="module")
def logins_del_modulo(servidor_pg) -> dict:
    """{papel: login}: el login de cada papel (`persona_consulta`…, con la clave que les da `login_pg`), creado una
    vez por módulo: los logins son del servidor, no de una base, y cada prueba entra con ellos a su copia. Crearlos en
    cada prueba eran tres conexiones del administrador y tres CREATE ROLE en cada una de las 268."""
    from escritorio.datos.postgres import papeles

    logins = {papel: f"persona_{papel}" for papel in ("consulta", "tesoreria", "secretaria")}
    with psycopg.connect(servidor_pg.url(), autocommit=True) as conexion:
        for papel, login in logins.items():
            conexion.execute(f'DROP ROLE IF EXISTS "{login}"')
            papeles.crear_login(conexion, login, f"clave-{login}", papel)
    return logins


@pytest.fixture
def huella_de_la_bitacora(demo_preparada_en_el_servidor):
    """La huella de la bitácora de la copia de la prueba (cuántos sellos y el último), leída por una conexión del
    administrador abierta para toda la prueba, en autocommit (cada lectura ve lo confirmado hasta ese momento): sin
    conectarse otra vez antes y después de cada papel."""
    with psycopg.connect(demo_preparada_en_el_servidor, autocommit=True) as conexion:
        yield lambda: conexion.execute("SELECT count(*), max(id) FROM bitacora_sellos").fetchone()


@pytest.fixture
def marcas_de_la_prueba(_demo_preparada) -> dict:
    """Las marcas de la demo, las del módulo y las de lo preparado (la sesión futura, su punto, el mensaje…)."""
    return dict(_demo_preparada[1])


def _rechazada_por_su_papel(hecho, papel: str) -> bool:
    """El rechazo del programa a un papel que no corre la orden: su mensaje, sin traza."""
    return hecho.returncode == 1 and "Traceback" not in hecho.stderr and (
        (f"(«persona_{papel}», papel " in hecho.stderr and "no tiene permiso" in hecho.stderr)
        or f"su usuario del servidor («persona_{papel}») solo puede consultar" in hecho.stderr)


@pytest.mark.parametrize(("orden", "papeles"), list(_casos()))
def test_cada_papel_corre_lo_suyo_y_nada_mas(orden, papeles, demo_preparada_en_el_servidor, servidor_pg,
                                            logins_del_modulo, huella_de_la_bitacora, cli, entorno_cli,
                                            marcas_de_la_prueba, tmp_path):
    url = demo_preparada_en_el_servidor
    entorno = {**entorno_cli, "ESCRITORIO_CLAVE_NUEVA": "clave-de-alguien-nuevo",   # «servidor usuario» la pide
               "ESCRITORIO_CONTRASENA_CERTIFICADO": CONTRASENA_DEL_CERTIFICADO}    # y la firma, la de `{p12}`
    prometidos = PAPELES_POR_ORDEN[orden]
    base = url.rsplit("/", 1)[1]
    logins = {papel: servidor_pg.url(base, usuario=login, clave=f"clave-{login}")
              for papel, login in logins_del_modulo.items()}
    marcas = {**marcas_de_la_prueba, "url_admin": url, "url_secretaria": logins["secretaria"]}
    for pasos, guardar, *estado in PREPARAR.get(orden, []):
        hecho = cli(*_llenar(pasos, marcas, tmp_path), db=url, entorno=entorno)
        esperado = estado[0] if estado else 0
        assert hecho.returncode == esperado, f"preparar «{' '.join(pasos)}»: {hecho.stdout}{hecho.stderr}"
        devuelto = json.loads(hecho.stdout) if guardar else {}
        for marca, clave in guardar.items():
            marcas[marca] = devuelto[clave]
    for papel in papeles:
        login = logins[papel]
        argumentos = _llenar(EJEMPLOS[orden], {**marcas, "url": login}, tmp_path)
        antes = huella_de_la_bitacora()
        hecho = cli(*argumentos, db=login, entorno=entorno)
        cuando = f"«{' '.join(argumentos)}» con el papel {papel}"
        salida = hecho.stdout + hecho.stderr
        assert "Traceback" not in salida and "psycopg" not in salida, f"{cuando}: {salida}"
        if prometidos is not EN_EL_ARCHIVO and prometidos != ADMINISTRACION and papel in prometidos:
            assert hecho.returncode == 0, f"{cuando}: {hecho.stderr}"
            continue
        assert hecho.returncode == 1, f"{cuando} no se rechazó: {hecho.stdout}"
        if prometidos is EN_EL_ARCHIVO:
            sin_avisos = "\n".join(r for r in hecho.stderr.splitlines() if not r.startswith("AVISO:"))
            assert "servidor" in sin_avisos, f"{cuando}: {hecho.stderr}"
        elif prometidos == ADMINISTRACION:
            assert re.search(r"lo hace quien (lo )?administra", hecho.stderr), f"{cuando}: {hecho.stderr}"
        else:
            assert _rechazada_por_su_papel(hecho, papel), f"{cuando}: {hecho.stderr}"
        assert huella_de_la_bitacora() == antes, f"{cuando} guardó algo al rechazarse"


def test_la_demo_la_carga_secretaria_en_una_base_vacia_del_servidor(url_pg, login_pg, cli):
    """«demo» pide una base del servidor instalada y vacía (no la red de ejemplo subida): consulta y tesorería,
    rechazadas sin dejar nada; secretaría la carga."""
    for papel in ("consulta", "tesoreria"):
        hecho = cli("demo", db=login_pg(url_pg, f"persona_{papel}", papel))
        assert _rechazada_por_su_papel(hecho, papel), f"{papel}: {hecho.stdout}{hecho.stderr}"
        with psycopg.connect(url_pg) as c:
            assert c.execute("SELECT count(*) FROM miembros").fetchone() == (0,), papel
        assert _huella_de_la_bitacora(url_pg) == (0, None), papel
    hecho = cli("demo", db=login_pg(url_pg, "persona_secretaria", "secretaria"))
    assert hecho.returncode == 0, hecho.stderr
    assert "300 miembros" in hecho.stdout


def test_actualizar_una_base_vieja_lo_hace_quien_administra(demo_en_el_servidor, url_pg_vacia, login_pg, cli):
    """«servidor actualizar» pide una base de una versión anterior (la red de ejemplo sin su última migración, como
    en test_actualizar_el_servidor.py) y una base vacía: cada papel, con su login en las dos, recibe el motivo y la
    base nueva sigue vacía."""
    from test_actualizar_el_servidor import _volver_a_la_version_anterior

    _volver_a_la_version_anterior(demo_en_el_servidor)
    for papel in ("consulta", "tesoreria", "secretaria"):
        vieja = login_pg(demo_en_el_servidor, f"persona_{papel}", papel)
        nueva = vieja.rsplit("/", 1)[0] + "/" + url_pg_vacia.rsplit("/", 1)[1]
        hecho = cli("servidor", "actualizar", vieja, nueva)
        salida = hecho.stdout + hecho.stderr
        assert hecho.returncode == 1 and "Traceback" not in salida and "Lo sentimos" not in salida, f"{papel}: {salida}"
        assert re.search(r"lo hace quien (lo )?administra", hecho.stderr), f"{papel}: {hecho.stderr}"
        with psycopg.connect(url_pg_vacia) as c:
            assert c.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,), papel
