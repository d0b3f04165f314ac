"""Fallas del mundo real: un proceso matado a mitad de una emisión o de la aprobación de un acta, un disco
lleno y una carpeta de solo lectura. En todos los casos: todo o nada, un mensaje claro y nada perdido."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest

from escritorio.errores import ErrorEscritorio
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.miembros import listar_padron

from ayudas import escribir_csv

_PROGRAMA = textwrap.dedent("""
    import sys
    from datetime import date
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios import actas, emision_de_cuotas
    from escritorio.servicios.contexto import Contexto
    db = abrir_base(sys.argv[1])
    contexto = Contexto(db, 1)
    print("listo", flush=True)
    if sys.argv[2] == "emitir":
        for anio in range(2002, 2020):
            emision_de_cuotas.emitir(contexto, anio)
    else:
        actas.aprobar_acta(contexto, int(sys.argv[3]), int(sys.argv[4]), date(2026, 6, 1))
    print("hecho", flush=True)
""")


def _matar_a_los(segundos: float, *argumentos) -> bool:
    """Corre el programa y lo mata con SIGKILL a los `segundos` de empezar a trabajar. True si lo mató."""
    proceso = subprocess.Popen([sys.executable, "-c", _PROGRAMA, *map(str, argumentos)], stdout=subprocess.PIPE, text=True)
    assert proceso.stdout.readline().strip() == "listo"
    time.sleep(segundos)
    vivo = proceso.poll() is None
    if vivo:
        os.kill(proceso.pid, signal.SIGKILL)
    proceso.wait()
    return vivo


@pytest.fixture
def red(tmp_path, demo_como):
    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    db.close()
    return ruta


def _cargos_por_anio(ruta) -> dict[int, int]:
    conn = sqlite3.connect(ruta)
    try:
        return dict(conn.execute("SELECT anio, count(*) FROM cargos WHERE tipo_cargo = 'cuota_anual' GROUP BY anio"))
    finally:
        conn.close()


def test_sigkill_durante_emisiones_deja_cada_anio_completo_o_sin_emitir(red):
    antes = _cargos_por_anio(red)
    matados = sum(_matar_a_los(demora, red, "emitir") for demora in (0.02, 0.08, 0.15))
    despues = _cargos_por_anio(red)
    emitidos = {anio: n for anio, n in despues.items() if anio not in antes}
    # Cada año emitido tiene todos sus cargos: una emisión nunca queda a medias.
    db = abrir_base(red)
    from escritorio.servicios import emision_de_cuotas
    for anio, cantidad in emitidos.items():
        assert emision_de_cuotas.preparar_emision(Contexto(db, 1), anio).nuevos == [], f"la emisión de {anio} quedó a medias"
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert matados >= 1  # al menos una vez el proceso murió trabajando


def test_sigkill_al_aprobar_un_acta_la_deja_aprobada_o_en_borrador(red):
    db = abrir_base(red)
    from escritorio.servicios import actas, votaciones
    from escritorio.servicios.sesiones import asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria
    from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion

    sesion = sesiones_convocatoria.convocar(Contexto(db, 1), 2, NuevaSesion(date(2026, 6, 1), lugar="Montevideo"))
    punto = agregar_punto_de_aprobacion(Contexto(db, 1), sesion)["punto_id"]
    for h in sesiones_asistencia.asistencia(Contexto(db, 1), sesion).habilitados:
        sesiones_asistencia.registrar_asistencias(Contexto(db, 1), sesion, [sesiones_asistencia.MarcaAsistencia(h.miembro_id, "presente")])
    presentes = sesiones_asistencia.asistencia(Contexto(db, 1), sesion).quorum.presentes
    votaciones.votar(Contexto(db, 1), punto, votaciones.NuevaVotacion(a_favor=presentes))
    resolucion = votaciones.adoptar_resolucion(Contexto(db, 1), punto, "resolucion", "Aprueba el acta")["id"]
    actas.guardar_borrador(Contexto(db, 1), sesion, apertura="Se abre.", cierre="Se cierra.", preside="Presidencia",
                           secretaria="Secretaría")
    sesiones_asistencia.marcar_celebrada(Contexto(db, 1), sesion, "13:00")
    assert actas.motivos_para_no_aprobar(Contexto(db, 1), sesion) == []  # la aprobación que se interrumpe procedería
    db.close()
    _matar_a_los(0.05, red, "acta", sesion, resolucion)
    db = abrir_base(red)
    acta = actas.obtener_acta(Contexto(db, 1), sesion)
    assert acta.estado in ("borrador", "aprobada")
    if acta.estado == "aprobada":
        assert actas.verificar_acta(Contexto(db, 1), sesion)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_disco_lleno_da_un_mensaje_claro_y_no_escribe_nada(db, asociacion_id, tmp_path):
    filas = [[f"Ciudad {i}", "AR", str(10_000 + i)] for i in range(20_000)]
    archivo = escribir_csv(tmp_path / "grande.csv", filas)
    paginas = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {paginas + 20}")  # simula un disco casi lleno
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorEscritorio, match="está lleno"):
        importar_miembros(contexto, archivo)
    db.execute("PRAGMA max_page_count = 1073741823")
    assert len(listar_padron(contexto)) == 0
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_exportar_a_una_carpeta_de_solo_lectura_se_explica(db, asociacion_id):
    from escritorio.servicios.padron import exportar_padron_xlsx

    with pytest.raises(ErrorEscritorio, match="solo lectura|No se puede escribir|No existe la carpeta"):
        exportar_padron_xlsx(Contexto(db, asociacion_id), "/sys/padron.xlsx")
