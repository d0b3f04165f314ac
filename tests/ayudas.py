"""Funciones de ayuda de las pruebas (sin fixtures): escribir planillas, contar filas, leer la CLI."""

import csv
import importlib
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

from keyring.backend import KeyringBackend

ENCABEZADOS = ["Nombre", "País", "Población"]
CREAR_RML = ("asociacion", "crear", "--nombre", "Red de Municipios del Litoral", "--sigla", "RML",
             "--paises", "AR:pleno,Uruguay:asociado")
BUENAS = [["Rosario", "Argentina", "1.276.000"], ["Paraná", "AR", "247.863"], ["Salto", "UY", "104.028"]]


def escribir_xlsx(ruta: Path, filas: list, encabezados: list | None = ENCABEZADOS) -> Path:
    """Un libro con una hoja: encabezados en la fila 1 (si hay) y luego las filas tal cual.

    Una fila `None` deja esa fila de la hoja en blanco.
    """
    from openpyxl import Workbook

    libro = Workbook()
    hoja = libro.active
    hoja.title = "Padrón"
    todas = ([encabezados] if encabezados is not None else []) + list(filas)
    for numero, fila in enumerate(todas, start=1):
        for columna, valor in enumerate(fila or [], start=1):
            if valor is not None:
                hoja.cell(row=numero, column=columna, value=valor)
    libro.save(ruta)
    return ruta


def escribir_csv(ruta: Path, filas: list, encabezados: list | None = ENCABEZADOS, *,
                 codificacion: str = "utf-8", separador: str = ";", bom: bool = False) -> Path:
    """Un .csv como lo guarda Excel: separador y codificación a elección, comillas donde hacen falta.

    Una fila `None` deja una línea en blanco.
    """
    texto = io.StringIO()
    escritor = csv.writer(texto, delimiter=separador, lineterminator="\r\n")
    if encabezados is not None:
        escritor.writerow(encabezados)
    for fila in filas:
        escritor.writerow(fila or [])
    datos = texto.getvalue().encode(codificacion)
    ruta.write_bytes((b"\xef\xbb\xbf" if bom else b"") + datos)
    return ruta


def contar(db, tabla: str) -> int:
    return db.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def sin_traza(resultado) -> None:
    """Ninguna traza de Python llega a quien usa la CLI."""
    assert "Traceback" not in resultado.stderr + resultado.stdout


def hecho(resultado, codigo=0):
    """La orden salió con `codigo` (por omisión, 0) y sin traza; devuelve el resultado."""
    assert resultado.returncode == codigo, (resultado.stdout, resultado.stderr)
    assert "Traceback" not in resultado.stderr
    return resultado


def en_json(resultado):
    """Lo que imprimió con --json una orden que salió bien."""
    return json.loads(hecho(resultado).stdout)


def listar_cli(cli, base, *extra) -> list[dict]:
    resultado = cli("miembros", "listar", "--json", *extra, db=base)
    assert resultado.returncode == 0, resultado.stderr
    return json.loads(resultado.stdout)


def respaldos_del_pasado(semilla: Path, ruta_base: Path, momentos, motivo: str = "cierre") -> list[Path]:
    """Los respaldos automáticos que el programa habría hecho en esos `momentos` (meses de abrir y cerrar la
    ventana), sin hacer cientos de copias: cada uno es el archivo de un respaldo real (`semilla`, hecho con
    `respaldar_automaticamente`) con el nombre que lleva un respaldo de ese momento, como enlace duro (el mismo
    contenido, la misma identidad y la misma huella, sin escribir medio mega por día). La rotación reconoce un
    respaldo por su nombre y su identidad: ve lo mismo que si el programa los hubiera hecho uno por uno."""
    from escritorio.datos.respaldo import nombre_respaldo

    hechos = []
    for momento in momentos:
        destino = semilla.with_name(nombre_respaldo(ruta_base, motivo, momento))
        destino.hardlink_to(semilla)
        Path(str(destino) + ".sha256").hardlink_to(Path(str(semilla) + ".sha256"))
        hechos.append(destino)
    return hechos


# Lo que lanza la base cuando una de sus propias reglas rechaza una sentencia escrita a mano (SQL directo, como lo
# haría otro programa), en cualquiera de los dos motores.
def _rechazos_de_la_base() -> tuple[type[BaseException], ...]:
    import sqlite3

    import psycopg

    return (sqlite3.DatabaseError, psycopg.errors.RaiseException, psycopg.errors.IntegrityError)


RECHAZO_DE_LA_BASE = _rechazos_de_la_base()


class LlaveroEnMemoria(KeyringBackend):
    """Un llavero del sistema de mentira, en memoria, para que las pruebas no toquen el de verdad (conftest)."""
    priority = 1

    def __init__(self):
        super().__init__()
        self.claves: dict[tuple[str, str], str] = {}

    def get_password(self, servicio, usuario):
        return self.claves.get((servicio, usuario))

    def set_password(self, servicio, usuario, clave):
        self.claves[(servicio, usuario)] = clave

    def delete_password(self, servicio, usuario):
        from keyring.errors import PasswordDeleteError

        if self.claves.pop((servicio, usuario), None) is None:
            raise PasswordDeleteError(usuario)


def sql(ruta, *sentencias, parametros=()):
    """El navegador de bases: ejecuta y confirma sobre el archivo, sin pasar por Escritorio (quien manipula)."""
    conn = sqlite3.connect(ruta)
    try:
        for sentencia in sentencias:
            conn.execute(sentencia, parametros)
        conn.commit()
    finally:
        conn.close()


def sin_sus_triggers(conn: sqlite3.Connection, tabla: str, sentencia: str, parametros=()) -> int:
    """Como quien tiene el archivo: quita los triggers de `tabla`, corre la sentencia, los vuelve a poner iguales y
    confirma. Las filas que cambió."""
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                            [tabla]).fetchall()
    for nombre, _ in triggers:
        conn.execute(f'DROP TRIGGER "{nombre}"')
    cambiadas = conn.execute(sentencia, list(parametros)).rowcount
    for _, sql_del_trigger in triggers:
        conn.execute(sql_del_trigger)
    conn.commit()
    return cambiadas


def leer(ruta, consulta, parametros=()):
    """Una consulta sobre el archivo, sin pasar por Escritorio."""
    conn = sqlite3.connect(ruta)
    try:
        return conn.execute(consulta, parametros).fetchall()
    finally:
        conn.close()


def resolucion_que_aprueba_el_acta(contexto, sesion_del_acta: int, en: int | None = None, a_favor: int | None = None,
                                   titulo: str = "Aprueba el acta") -> dict:
    """La resolución que aprueba el acta de `sesion_del_acta`, como la prepara la secretaría: el punto «Aprobación
    del acta» al final del orden del día de `en` (por omisión, la misma sesión), votado por `a_favor` (por omisión,
    todos los presentes con voto) y su resolución adoptada. Devuelve la de adoptar_resolucion ({'id', 'numero'})."""
    from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
    from escritorio.servicios.sesiones.asistencia import asistencia
    from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar

    punto = agregar_punto_de_aprobacion(contexto, sesion_del_acta, en=en)
    if a_favor is None:
        a_favor = asistencia(contexto, punto["sesion_id"]).quorum.presentes
    votar(contexto, punto["punto_id"], NuevaVotacion(a_favor=a_favor))
    return adoptar_resolucion(contexto, punto["punto_id"], "resolucion", titulo)


# El gris de la marca de agua del acta en borrador (0.80 al 45 % sobre blanco) en una página dibujada en grises.
GRIS_DE_LA_MARCA = 232


def tinta_de_la_marca_de_agua(ruta) -> list[float]:
    """Qué parte de cada página del PDF `ruta`, dibujada como se imprime (pypdfium2, 72 dpi), es del gris de la marca
    de agua «BORRADOR»: un 4 a 6 % en un acta en borrador, alrededor del 0,1 % en una aprobada."""
    import pypdfium2

    partes = []
    for pagina in pypdfium2.PdfDocument(str(ruta)):
        imagen = pagina.render(scale=1).to_pil().convert("L")
        histograma = imagen.histogram()
        partes.append(histograma[GRIS_DE_LA_MARCA] / sum(histograma))
    return partes


def oficina_de(db, asociacion=None):
    """La oficina de la ventana (servicios/oficina.py) para una prueba que arma un área o un diálogo suelto: la base
    y la asociación elegida (su fila, su id, o la única de la base si no se da)."""
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.oficina import Oficina

    if asociacion is None or isinstance(asociacion, int):
        asociacion = next((a for a in listar_asociaciones(db) if asociacion is None or a["id"] == asociacion), None)
    return Oficina(db, asociacion)


# --- La red de ejemplo armada un día fijo ---------------------------------------------------------------------------
# La demo arma pagos, mandatos, vencimientos y sesiones «hasta hoy»: las pruebas que afirman sus cifras exactas la
# arman como si hoy fuera DIA_DE_LA_DEMO (tests/escenarios/conftest.py: `demo_fechada`, una vez por corrida).

DIA_DE_LA_DEMO = date(2026, 11, 23)

# Los módulos que preguntan qué día es hoy (date.today()): la red de ejemplo, los servicios (servicios.base.hoy) y las
# consultas que leen la categoría de hoy de cada país.
MODULOS_CON_HOY = ("escritorio.demo", "escritorio.servicios.base", "escritorio.datos.asociaciones")


def bienio_siguiente_del_consejo(hoy: date | None = None) -> tuple[date, date]:
    """El próximo mandato de dos años del Consejo de la red de ejemplo que todavía no empezó (demo/organos.py: del 1
    de diciembre de un año par al 30 de noviembre dos años después): el que eligen las pruebas de elecciones. Hasta el
    30/11/2026, del 01/12/2026 al 30/11/2028; desde el 1 de diciembre, la demo ya trae ese y el próximo es el de
    2028. Las sesiones que lo eligen, unos días antes (`desde - 3 días`), con el Consejo en curso."""
    hoy = hoy or date.today()
    anio = hoy.year + hoy.year % 2
    if date(anio, 12, 1) <= hoy:
        anio += 2
    return date(anio, 12, 1), date(anio + 2, 11, 30)


def turno_siguiente_de_la_se(hoy: date | None = None) -> date:
    """El día en que empieza el próximo turno anual de la Secretaría Ejecutiva de la demo (cada 1 de diciembre): el
    día del traspaso que prueban las pruebas de la rotación."""
    hoy = hoy or date.today()
    return date(hoy.year, 12, 1) if hoy < date(hoy.year, 12, 1) else date(hoy.year + 1, 12, 1)


def hoy_fijo(parche, dia: date) -> None:
    """Que para todo el programa hoy sea `dia` (con `parche`, un pytest.MonkeyPatch): la demo armada «otro día» se
    arma con los servicios, que también deben creer que es ese día (un pago «de hoy» no puede ser futuro para ellos)."""
    class _Dia(date):
        @classmethod
        def today(cls):
            return dia

    for modulo in MODULOS_CON_HOY:
        parche.setattr(importlib.import_module(modulo), "date", _Dia)


def armar_demo_el_dia(db, parche, dia: date) -> int:
    """Arma la red de ejemplo en la base `db` como si hoy fuera `dia` (para la demo y los servicios que usa); devuelve
    el id de la RCS."""
    from escritorio import demo

    hoy_fijo(parche, dia)
    demo.crear_red_demo(db)
    return db.execute("SELECT id FROM asociaciones WHERE sigla = 'RCS'").fetchone()[0]


def pdf_de_prueba(texto: str = "Convenio firmado") -> bytes:
    """Un PDF de una página que cualquier lector abre, distinto para cada texto y siempre con los mismos bytes (el
    «convenio firmado y escaneado» de las pruebas del registro de convenios)."""
    import io

    from reportlab.pdfgen import canvas

    salida = io.BytesIO()
    hoja = canvas.Canvas(salida, invariant=1)
    hoja.drawString(72, 720, texto)
    hoja.showPage()
    hoja.save()
    return salida.getvalue()
