"""Cada orden importa solo lo que usa (issue 63, §4): una orden de cada familia, como proceso real con
`python -X importtime`, no carga las bibliotecas ni los servicios pesados que su familia no necesita, y la cantidad de
módulos de Escritorio que carga queda bajo un tope.

Se vigilan listas y cantidades, no milisegundos: en una máquina de integración de dos núcleos compartida, el tiempo de
importar varía el doble de una corrida a otra (medido: la misma orden, 57 a 120 ms de importación); lo que la lista
dice no varía. El tiempo lo mide tests/rendimiento/bench_arranque.py, alternado con `python -c pass`.

Los topes tenían un margen de ~6 módulos sobre lo que cargaban; hoy quedan a 0–1: cada vuelta que agregó un módulo
que toda orden carga subió el tope con su motivo, en el comentario de cada familia. El issue 63 bajó «organos listar»
de 112 módulos de Escritorio a 86 y «pagos registrar» de 97 a 82; desde entonces subieron con las migraciones nuevas
(toda orden las carga al abrir la base: esquema/__init__.py las registra), la configuración regional y los módulos
partidos por tema."""

import json
import re

import pytest

# Lo que ninguna de estas órdenes usa: la ventana, el servidor, las migraciones de sqlite-utils, la planilla.
NUNCA = ("PySide6", "psycopg", "sqlite_utils", "openpyxl", "escritorio.interfaz")
# Lo que solo usan las órdenes que escriben un documento, validan firmas o registran (cada familia dice si lo usa).
DOCUMENTOS = ("reportlab", "pikepdf", "pypdf")
# Cargas de la biblioteca estándar que ninguna orden de lectura necesita: el registro de Python (logging, para el
# cliente de sello de tiempo), el catálogo de traducciones en XML, babel (los datos de CLDR se leen sin importarlo:
# dominio/cldr.py) y las rutas del sistema (platformdirs: solo sin --db).
PESADOS_DE_ARRANQUE = ("logging", "xml.etree.ElementTree", "babel", "platformdirs")
COBRANZA = ("escritorio.servicios.cobranza", "escritorio.servicios.cuotas", "escritorio.servicios.pagos",
            "escritorio.datos.morosidad")
SELLO_DE_TIEMPO = ("escritorio.servicios.sello_de_tiempo", "escritorio.documentos.sello_de_tiempo")

# familia: (la orden, lo que no debe cargar, tope de módulos de Escritorio o None)
FAMILIAS = {
    "organos": (["organos", "listar"],
                NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + COBRANZA + SELLO_DE_TIEMPO +
                ("hashlib", "escritorio.servicios.miembros", "escritorio.servicios.asociaciones"),
                109),  # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número); +3 (issue 66): la vida de los órganos (dominio y servicio), que lee cada listado de órganos, y
                       # las reglas de composición en su módulo (servicios/organos.py pasaba de 600 líneas); +1 (issue
                       # 79): la revisión de la composición, como tabla, en el suyo (dominio/revision_de_composicion);
                       # +4 (issue 80): las migraciones 0060, 0061, 0062 y 0063
    "miembros": (["miembros", "listar"],
                 NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + COBRANZA + SELLO_DE_TIEMPO +
                 ("hashlib", "escritorio.servicios.organos", "escritorio.servicios.asociaciones"), 105),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número)
    "sesiones": (["sesiones", "listar"],
                 NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + COBRANZA + SELLO_DE_TIEMPO + ("hashlib",),
                 101),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número); +2 (issue 80): las migraciones 0062 (agrupaciones) y 0063 (indicadores)
    "buscar": (["buscar", "sao"],
               NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + SELLO_DE_TIEMPO + ("hashlib",),
               103),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número); +2 (issue 80): las migraciones 0062 (agrupaciones) y 0063 (indicadores)
    "cuotas morosidad": (["cuotas", "morosidad", "--json"],
                         NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + SELLO_DE_TIEMPO + ("hashlib",), 119),   # +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número)
    # Registra: la bitácora encadena con SHA-256 (hashlib sí), pero sin recibo no hay PDF, y sin servidor de sello
    # de tiempo configurado no se carga su cliente.
    "pagos registrar": (["pagos", "registrar", "--miembro", "{miembro}", "--monto", "10", "--moneda", "USD",
                         "--fecha", "2026-11-01"],
                        NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + SELLO_DE_TIEMPO +
                        ("escritorio.servicios.cobranza", "escritorio.servicios.asociaciones"),
                        101),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número); +2 (issue 80): las migraciones 0062 (agrupaciones) y 0063 (indicadores)
    # Emite: la regla de la cuota, los saldos a favor (servicios.pagos) y la bitácora (hashlib sí); sin documentos,
    # sin la morosidad ni la cobranza, sin el diagnóstico de la base más allá de abrirla.
    "cuotas emitir": (["cuotas", "emitir", "2027"],
                      NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + SELLO_DE_TIEMPO +
                      ("escritorio.servicios.cobranza", "escritorio.datos.morosidad",
                       "escritorio.servicios.asociaciones", "escritorio.servicios.informes_cuotas",
                       "escritorio.servicios.vinculos_de_resolucion"),
                      105),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número); +1 (issue 80): la migración 0063 (indicadores)
    # Un PDF/A: reportlab y pikepdf sí (y el logging que ellos cargan); la planilla, la ventana y babel no.
    "cuotas estado-cuenta": (["cuotas", "estado-cuenta", "--miembro", "{miembro}", "{carpeta}/estado.pdf"],
                             NUNCA + ("babel",) + SELLO_DE_TIEMPO, 146),   # +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número)
    # Recorre la base entera y rehace el esquema de referencia (sqlite-utils sí), sin documentos ni cobranza.
    "verificar": (["verificar"],
                  ("PySide6", "psycopg", "openpyxl", "escritorio.interfaz") + DOCUMENTOS + ("babel",) + COBRANZA,
                  191),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas) y el repaso de la bitácora aparte de su tabla de reglas (+1); +2 (issue 84): la configuración regional (dominio/convencion_regional y configuracion_regional, que la lee al mostrar el primer número); +1 (issue 84): dominio/nombres_de_archivo, que usa el PDF de un convenio; +4 (issue 80): las migraciones 0060 y 0061 y quién es observador (datos y servicio),
                          # que la composición de la Asamblea pregunta; +3 (issue 66): la vida de los órganos, que mira la composición de cada órgano, y las
                          # reglas de composición en su módulo; +2 (issue 77): desde cuándo prueba cada sello de
                          # tiempo lo que cubre, y la comprobación de cada uno en su módulo; +3 (issue 77, §4 y §6):
                          # el estado del repaso de la bitácora y las reglas de las decisiones en sus módulos, y la
                          # verificación completa en dos hilos; +1 (issue 79, §3): el paquete servicios/verificacion/
                          # (su __init__ no importa nada, así el correo y publicar cargan solo el ancla)
    # El voto electrónico (issue 85): entregar los códigos de una sesión con quórum lee su asistencia (y con ella quién
    # no vota por cuotas impagas: la cobranza sí) y escribe sus huellas (hashlib sí); ni documentos ni sello de tiempo.
    "voto": (["voto", "codigos", "--sesion", "{sesion}"],
             NUNCA + DOCUMENTOS + PESADOS_DE_ARRANQUE + SELLO_DE_TIEMPO, 169),   # +3 (issue 79, §3): las migraciones 0001 a 0012, en tres módulos por tema (esquema/__init__.py tenía 974 líneas)
    # El sitio entero (actas en PDF, firmas): todo lo de documentos sí; ni la ventana, ni la planilla.
    "publicar": (["publicar", "{carpeta}/sitio"], NUNCA, None),
}


def importados(stderr: str) -> list[str]:
    """Los módulos que `python -X importtime` informó, en orden."""
    return [m.group(1) for m in re.finditer(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", stderr, re.M)]


def _cargados(nombre: str, modulos: list[str]) -> list[str]:
    """`nombre` y sus submódulos, si se cargaron."""
    return [m for m in modulos if m == nombre or m.startswith(nombre + ".")]


@pytest.fixture
def miembro(cli, copia_de_la_demo) -> int:
    resultado = cli("miembros", "listar", "--json", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    return next(m["id"] for m in json.loads(resultado.stdout) if m["estado"] == "activo")


def _sesion_con_presentes(cli, base) -> int:
    """Una sesión nueva del Consejo con nueve presentes (para entregar códigos de votación)."""
    hecha = cli("sesiones", "convocar", "Consejo", "--fecha", "2026-01-10", "--lugar", "Rosario", "--json", db=base)
    sesion = json.loads(hecha.stdout)["id"]
    marcada = cli("sesiones", "asistencia", str(sesion), "--presentes", "7,1,70,212,178,71,150,275,276", db=base)
    assert marcada.returncode == 0, marcada.stderr
    return sesion


@pytest.mark.proceso  # lanza otro programa
@pytest.mark.parametrize("familia", list(FAMILIAS))
def test_cada_familia_carga_solo_lo_que_usa(familia, cli, copia_de_la_demo, miembro, tmp_path):
    orden, prohibidos, tope = FAMILIAS[familia]
    sesion = _sesion_con_presentes(cli, copia_de_la_demo) if "{sesion}" in orden else None
    argumentos = [a.format(miembro=miembro, carpeta=tmp_path, sesion=sesion) for a in orden]
    resultado = cli(*argumentos, db=copia_de_la_demo, opciones_python=("-X", "importtime"))
    assert resultado.returncode == 0, resultado.stderr   # la orden hizo su trabajo, no se cortó antes
    modulos = importados(resultado.stderr)
    assert "escritorio.cli" in modulos
    cargados = {nombre: _cargados(nombre, modulos)[:3] for nombre in prohibidos if _cargados(nombre, modulos)}
    assert cargados == {}, f"«escritorio {' '.join(argumentos[:4])}» carga lo que no usa: {cargados}"
    propios = [m for m in modulos if m == "escritorio" or m.startswith("escritorio.")]
    if tope is not None:
        assert len(propios) <= tope, (f"«escritorio {' '.join(argumentos[:4])}» carga {len(propios)} módulos de Escritorio "
                                      f"(tope {tope}): {propios}")


def test_importados_lee_la_salida_de_importtime():
    salida = ("import time: self [us] | cumulative | imported package\n"
              "import time:       120 |        120 |   escritorio.datos.migraciones\n"
              "import time:      5792 |      13386 | babel.numbers\n")
    assert importados(salida) == ["escritorio.datos.migraciones", "babel.numbers"]
    assert _cargados("babel", importados(salida)) == ["babel.numbers"]
