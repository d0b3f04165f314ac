"""La frase de cada cambio de la bitácora sale del servicio: la CLI dice lo mismo que el visor, en hora local."""

import json
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios import bitacora
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.descripcion_bitacora import NombresCitados, describir, generica
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import eliminar_por_error

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


def test_la_cli_lista_frases_en_hora_local_y_el_detalle_a_pedido(cli, con_miembros, entorno_cli):
    entorno = dict(entorno_cli, TZ="America/Montevideo", ESCRITORIO_OPERADOR="Ana Pérez")
    listado = cli("miembros", "listar", "--json", db=con_miembros)
    salto = next(m["id"] for m in json.loads(listado.stdout) if m["nombre"] == "Salto")
    hoy = date.today()  # las escrituras corren con la zona del equipo, como el padrón importado
    assert cli("pagos", "registrar", "--miembro", salto, "--monto", "300", "--moneda", "USD", "--fecha",
               hoy.isoformat(), "--referencia", "TRF-77", db=con_miembros,
               entorno=dict(entorno_cli, ESCRITORIO_OPERADOR="Ana Pérez")).returncode == 0
    assert cli("miembros", "baja", salto, "--motivo", "Renuncia", db=con_miembros,
               entorno=dict(entorno_cli, ESCRITORIO_OPERADOR="Ana Pérez")).returncode == 0
    dia_en_montevideo = datetime.now(ZoneInfo("America/Montevideo")).date()  # el listado muestra la hora local

    salida = cli("bitacora", "listar", "--cantidad", "10", db=con_miembros, entorno=entorno)
    assert salida.returncode == 0, salida.stderr
    lineas = salida.stdout.splitlines()
    assert re.fullmatch(rf"{dia_en_montevideo:%d/%m/%Y} \d\d:\d\d  \S+ · Ana Pérez +Baja de Salto desde el {hoy:%d/%m/%Y}: "
                        r"Renuncia", lineas[0]), lineas[0]
    assert any(re.search(r"Pago \d{4}/\d{4} de Salto registrado: USD 300,00 por transferencia \(ref\. TRF-77\)$", l)
               for l in lineas), lineas
    assert "estados_miembro" not in salida.stdout and "UTC" not in salida.stdout

    # La hora que se lee es la de Montevideo: tres horas menos que la UTC que guarda el sello.
    base = abrir_base(con_miembros)
    try:
        momento = base.execute("SELECT momento FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        base.close()
    local = datetime.fromisoformat(momento[:19]) - timedelta(hours=3)
    assert lineas[0].startswith(local.strftime("%d/%m/%Y %H:%M"))

    detalle = cli("bitacora", "listar", "--cantidad", "1", "--detalle", db=con_miembros, entorno=entorno).stdout
    assert "estados_miembro #" in detalle and f"{momento[:19]} UTC" in detalle and "motivo: Renuncia" in detalle


def test_un_registro_ilegible_tiene_una_generica_legible(db, asociacion_id):
    nombres = NombresCitados(db)
    assert generica("organos", "cambio", 12) == "Cambio en Órganos (#12)"
    # Un dato raro (de una versión anterior, o cambiado por fuera) no rompe la lista: da la genérica.
    assert describir(nombres, "votos_eleccion", "alta", 3, None, {"eleccion_id": 3}) == \
        "Alta en Votos de elecciones (#3)"
    assert describir(nombres, "pagos", "alta", 7, None, None) == "Alta en Pagos (#7)"
    # Sin frase propia para esa acción, dice de qué registro se trata (issue 62 §5).
    assert describir(nombres, "pagos", "alta", 7, None, {"id": 7}) == "Registro nuevo: el pago #7"
    assert generica("tabla_nueva", "borrado", None) == "Borrado en Tabla nueva"


def test_un_documento_emitido_se_nombra_por_su_titulo_no_por_el_json_de_su_resumen(db, asociacion_id):
    """El resumen se guarda como JSON ({"titulo", "datos", …}): la frase dice el título (issue 43); uno guardado por
    una versión anterior (texto solo) va tal cual."""
    nombres = NombresCitados(db)
    resumen = json.dumps({"titulo": "Recibo N.º 0003/2026", "datos": [["Importe", "USD 300,00"]]}, ensure_ascii=False)
    fila = {"tipo": "recibo", "codigo": "AB12-CD34-EF56", "resumen": resumen}
    assert describir(nombres, "documentos_emitidos", "alta", 1, None, fila) == \
        "Documento emitido: Recibo N.º 0003/2026 (código AB12-CD34-EF56)"
    assert describir(nombres, "documentos_emitidos", "alta", 2, None, dict(fila, resumen="Padrón de miembros")) == \
        "Documento emitido: Padrón de miembros (código AB12-CD34-EF56)"
    assert describir(nombres, "documentos_emitidos", "alta", 3, None, dict(fila, resumen=json.dumps({"datos": []}))) \
        == "Documento emitido: recibo (código AB12-CD34-EF56)"


def test_el_nombre_de_un_miembro_borrado_sale_de_la_bitacora(db, asociacion_id):
    miembro = guardar_ficha(Contexto(db, asociacion_id), FichaMiembro(nombre="Ciudad equivocada", pais="UY"),
                            poblacion=(5000, 2023, None))
    eliminar_por_error(db, miembro)
    frases = [r.descripcion for r in bitacora.listar(db)]
    assert "Eliminación de Ciudad equivocada (alta por error)" in frases
    assert "Población de Ciudad equivocada: 5.000 hab. (2023)" in frases


def test_las_fechas_del_filtro_son_de_la_hora_local(db, asociacion_id, monkeypatch):
    """En Kiribati (UTC+14) «hoy» empieza 14 horas antes que en UTC: el cambio de recién es de hoy, no de mañana."""
    import time

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    contexto = Contexto(db, asociacion_id)
    try:
        guardar_ficha(contexto, FichaMiembro(nombre="Paysandú", pais="UY"), poblacion=(76412, 2011, None))
        hoy_local = datetime.now().date()
        hoy = [r.descripcion for r in bitacora.listar(db, desde=hoy_local, hasta=hoy_local)]
        ayer = bitacora.listar(db, desde=hoy_local - timedelta(days=1), hasta=hoy_local - timedelta(days=1))
        assert "Alta de Paysandú (Uruguay) como miembro" in hoy and ayer == []
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("zona", ["America/Montevideo", "Asia/Tokyo"])
def test_las_fechas_extremas_del_calendario_no_limitan_nada(cli, con_miembros, entorno_cli, zona):
    """--hasta 9999-12-31 (el día siguiente no existe) y --desde 0001-01-01 (al este de UTC, su comienzo cae antes
    del calendario): sin límite por ese lado, en lugar de un error inesperado."""
    entorno = dict(entorno_cli, TZ=zona)
    todos = cli("bitacora", "listar", "--cantidad", "5", db=con_miembros, entorno=entorno)
    extremos = cli("bitacora", "listar", "--cantidad", "5", "--desde", "0001-01-01", "--hasta", "9999-12-31",
                   db=con_miembros, entorno=entorno)
    assert extremos.returncode == 0, extremos.stderr
    assert extremos.stdout == todos.stdout and extremos.stdout.strip()
