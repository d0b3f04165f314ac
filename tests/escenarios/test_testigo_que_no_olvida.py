"""El testigo solo avanza (issue 40, puntos 1 y 2): una base que quedó detrás de lo que vio su testigo se avisa en
cada apertura (CLI y ventana), y la alarma no la borra la siguiente escritura común: queda hasta que una persona la
explica. Una restauración cortada a mitad no da una falsa alarma. La CLI en el proceso de las pruebas (la fixture
`cli`: la misma función de entrada, el mismo estado de salida y la misma salida); como proceso real, donde la promesa
es de un proceso: el aviso de un proceso nuevo al abrir y la restauración matada con SIGKILL."""

import shutil
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from escritorio.datos import respaldo_restauracion
from escritorio.interfaz import aplicacion
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="copia a mano de un archivo abierto")

FALTAN = "le faltan cambios que ya se habían guardado"


def _orden(cli, ruta, *argumentos):
    hecho = cli(*argumentos, db=ruta)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


def _copia_vieja_puesta_a_mano(ruta, cli, tmp_path):
    """Una copia del archivo, más cambios, y la copia puesta encima a mano (sin «respaldo restaurar»)."""
    vieja = tmp_path / "copia-vieja.db"
    shutil.copy(ruta, vieja)   # la base está cerrada: un solo archivo
    _orden(cli, ruta, "asociacion", "crear", "--nombre", "Red del Cono Sur", "--sigla", "ZZCS")
    for sufijo in ("-wal", "-shm"):
        ruta.with_name(ruta.name + sufijo).unlink(missing_ok=True)
    shutil.copy(vieja, ruta)


def test_una_copia_vieja_puesta_a_mano_se_avisa_siempre_hasta_que_se_explica(demo_como, cli, cli_proceso, tmp_path):
    ruta = demo_como("x.db")
    _orden(cli, ruta, "asociacion", "listar")   # la base abre y el testigo anota su cabeza
    _copia_vieja_puesta_a_mano(ruta, cli, tmp_path)

    # Cualquier apertura lo dice, no solo «verificar»: también un proceso nuevo, al arrancar.
    consulta = _orden(cli_proceso, ruta, "organos", "listar")
    assert FALTAN in consulta.stderr and "verificar --restauracion-manual" in consulta.stderr

    # Una escritura común después: antes, el testigo pasaba a la cadena nueva y «verificar» decía «sana».
    _orden(cli, ruta, "asociacion", "crear", "--nombre", "Red Andina", "--sigla", "ZZAN")
    for _ in range(2):
        verificacion = cli("verificar", db=ruta)
        assert verificacion.returncode != 0, verificacion.stdout
        assert "Testigo:" in verificacion.stderr and "La base de datos está sana." not in verificacion.stdout
        assert FALTAN in verificacion.stderr

    _orden(cli, ruta, "verificar", "--restauracion-manual")
    explicada = _orden(cli, ruta, "verificar")
    assert "La base de datos está sana." in explicada.stdout and FALTAN not in explicada.stderr
    assert "alarma reconocida" in explicada.stdout and "se reemplazó a mano" in explicada.stdout


def test_una_restauracion_cortada_antes_de_anotarse_no_es_una_alarma(demo_como, cli, tmp_path):
    ruta = demo_como("x.db")
    respaldo = tmp_path / "respaldo.db"
    _orden(cli, ruta, "respaldo", "crear", str(respaldo))
    _orden(cli, ruta, "asociacion", "crear", "--nombre", "Red del Cono Sur", "--sigla", "ZZCS")
    # Lo que deja un corte entre poner el respaldo en lugar de la base y anotar la restauración en el testigo.
    respaldo_restauracion.restaurar(ruta, respaldo)

    consulta = _orden(cli, ruta, "asociacion", "listar")
    assert FALTAN not in consulta.stderr and "ZZCS" not in consulta.stdout
    verificacion = _orden(cli, ruta, "verificar")
    assert "La base de datos está sana." in verificacion.stdout


def test_la_ventana_avisa_al_abrir_una_base_que_quedo_detras_de_su_testigo(qtbot, demo_como, cli, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    ruta = demo_como("x.db")
    _orden(cli, ruta, "asociacion", "listar")
    _copia_vieja_puesta_a_mano(ruta, cli, tmp_path)

    aplicacion.crear_aplicacion()   # como el programa: la puerta de la ventana, antes de abrir la base
    ventana = VentanaPrincipal(abrir_base(ruta, comprobacion_completa=True),
                               QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    aplicacion.avisar_solo_lectura(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    franja = ventana.franja_solo_lectura
    qtbot.waitUntil(franja.isVisible)
    texto = franja.findChild(QLabel, "texto_solo_lectura").text()
    assert texto.startswith("ATENCIÓN — ") and FALTAN in texto and "menú Archivo, «Verificar la base…»" in texto
    # Cómo explicarlo, con lo que la ventana tiene (issue 61 §3): ninguna orden de la línea de órdenes.
    assert "«Faltan cambios que vio el testigo (copia puesta a mano)»" in texto and "«Reconocer»" in texto
    assert "«escritorio " not in texto and "--restauracion-manual" not in texto
    ventana.grab().save(str(tmp_path / "testigo-1024x600.png"))
    ventana.close()


@pytest.mark.proceso
def test_restauraciones_matadas_en_cualquier_momento_no_dan_falsas_alarmas(demo_como, cli, entorno_cli,
                                                                         tmp_path):
    """Nueve «respaldo restaurar» como procesos reales, cada uno con SIGKILL en otro momento (el issue vio 4 falsas
    alarmas en 9): mientras copia, entre anotar en el testigo qué trae y reemplazar el archivo, y recién reemplazado.
    Después de cada corte, abrir la base no avisa nada y «verificar» la encuentra sana (esas órdenes, en el proceso
    de las pruebas: lo que se mata es la restauración)."""
    import json
    import os
    import signal
    import subprocess
    import time

    ruta = demo_como("x.db")
    respaldo = tmp_path / "respaldo.db"
    temporal = ruta.with_name("x.db.restaurando")
    testigo = ruta.with_name("x.db.testigo")
    _orden(cli, ruta, "respaldo", "crear", str(respaldo))

    def anotado_en_el_testigo() -> bool:
        try:
            return bool(json.loads(testigo.read_text(encoding="utf-8")).get("restaurando"))
        except (OSError, ValueError):
            return False

    momentos = [lambda: temporal.exists(), anotado_en_el_testigo, lambda: os.stat(ruta).st_ino != antes]
    cortes = []
    for intento in range(9):
        _orden(cli, ruta, "asociacion", "crear", "--nombre", f"Red {intento}", "--sigla", f"ZZ{intento}")
        antes = os.stat(ruta).st_ino
        momento = momentos[intento % 3]
        proceso = subprocess.Popen([sys.executable, "-m", "escritorio", "--db", str(ruta), "respaldo", "restaurar",
                                    str(respaldo)], env=entorno_cli, cwd=tmp_path, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        limite = time.monotonic() + 30
        while proceso.poll() is None and not momento() and time.monotonic() < limite:
            time.sleep(0.0005)
        proceso.send_signal(signal.SIGKILL)
        proceso.communicate(timeout=60)
        cortes.append(proceso.returncode)
        consulta = _orden(cli, ruta, "asociacion", "listar")
        assert FALTAN not in consulta.stderr, (intento, consulta.stderr)
        verificacion = cli("verificar", db=ruta)
        assert verificacion.returncode == 0, (intento, verificacion.stdout + verificacion.stderr)
    print(f"\nRestauraciones matadas: {cortes.count(-signal.SIGKILL)} de {len(cortes)}, sin falsas alarmas.")
    assert cortes.count(-signal.SIGKILL) >= 3, cortes   # varias murieron a mitad de camino, no al terminar
