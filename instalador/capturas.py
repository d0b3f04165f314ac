"""`make capturas`: dibuja cada pantalla y diálogo con la red de ejemplo y los guarda como PNG.

Sirven para el manual y el README, y para mirar de verdad lo que se construye. Sin argumentos hace las dos series:
la ventana en castellano (recursos/manual/capturas) y en portugués (recursos/manual/pt_BR/capturas), cada una en su
propio proceso, con el idioma fijado por ESCRITORIO_IDIOMA como lo haría la ventana al arrancar.

Qué se dibuja está en capturas_escenas.py (las áreas de siempre), capturas_escenas_nuevas.py (correo, convenios,
extractos, memoria, publicar), capturas_escenas_sala.py (la sala: enmiendas y proyector) y capturas_escenas_datos.py (los
datos personales: las personas y el plan de una supresión): cada escena arma los diálogos como la ventana, con su oficina. Cada captura la nombra
la guía (docs/guia/*/*.md); tests/documentacion/test_capturas.py corre este guion y falla si una que la guía
nombra no sale, o si sale una que nadie nombra.
Uso: python instalador/capturas.py [--idioma es|pt_BR CARPETA]

Es una herramienta de construcción, como icono_programa.py: no viaja en el paquete `escritorio` que se ejecuta.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PANTALLA = (1920, 1080)   # la de un escritorio de oficina: los diálogos se abren con su tamaño, sin achicarse


def _pantalla_de_oficina() -> None:
    """Sin pantalla (offscreen, lo de `make capturas`), la plataforma simula una de 800×600 y cada diálogo se
    achica para caber en ella (`caber_en_la_pantalla`): la captura mostraría una barra de desplazamiento que en una
    oficina no está. Se le da una pantalla de PANTALLA, antes de crear la aplicación."""
    plataforma = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if plataforma != "offscreen":
        return   # una pantalla de verdad (xcb, wayland) o una ya configurada
    archivo = Path(tempfile.mkdtemp(prefix="pantalla_")) / "pantalla.json"
    ancho, alto = PANTALLA
    archivo.write_text(json.dumps({"screens": [{"name": "Oficina", "x": 0, "y": 0, "width": ancho, "height": alto,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={archivo}"


_pantalla_de_oficina()

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from escritorio.recursos import carpeta_recursos  # noqa: E402

VENTANA = (1200, 800)   # el tamaño de la ventana en las capturas de un área entera


class Capturador:
    """Lo que comparten las escenas: la ventana sobre la red de ejemplo, su oficina, una carpeta temporal y la
    carpeta donde van las capturas (con las ya hechas, en orden)."""

    def __init__(self, carpeta: Path, temporal: Path, ventana, ajustes: QSettings):
        self.carpeta, self.temporal, self.ventana, self.ajustes = carpeta, temporal, ventana, ajustes
        self.hechas: list[Path] = []

    @property
    def oficina(self):
        return self.ventana.oficina

    @property
    def contexto(self):
        return self.ventana.oficina.contexto

    def guardar(self, widget: QWidget, nombre: str, tamano: tuple[int, int] | None = None) -> Path:
        if tamano:
            widget.resize(*tamano)
        widget.show()
        self.asentar()
        ruta = self.carpeta / f"{nombre}.png"
        if not widget.grab().save(str(ruta)):
            raise OSError(f"no se pudo guardar {ruta}")
        self.hechas.append(ruta)
        print(f"  {ruta}", flush=True)
        return ruta

    def ventana_en(self, area: str, nombre: str) -> Path:
        """La ventana entera con el área `area` a la vista."""
        self.ir_a(area)
        return self.guardar(self.ventana, nombre, VENTANA)

    def ir_a(self, area: str):
        from escritorio.interfaz.ventana_principal import indice_del_area

        self.ventana.navegacion.setCurrentRow(indice_del_area(area))
        self.asentar()
        return getattr(self.ventana, area)

    def cerrar(self, dialogo: QWidget) -> None:
        dialogo.hide()
        dialogo.deleteLater()
        self.asentar()

    @staticmethod
    def asentar(vueltas: int = 3) -> None:
        """Deja correr los eventos pendientes (lo que se pinta, los temporizadores a cero)."""
        for _ in range(vueltas):
            QApplication.processEvents()

    @staticmethod
    def esperar(condicion: Callable[[], bool], que: str, segundos: float = 30) -> None:
        """Lo que la ventana calcula en otro hilo o con un temporizador (Próximos pasos, la búsqueda del padrón)."""
        limite = time.monotonic() + segundos
        while not condicion():
            if time.monotonic() > limite:
                raise TimeoutError(f"no llegó a tiempo: {que}")
            QApplication.processEvents()
            time.sleep(0.02)
        QApplication.processEvents()


def capturar(carpeta: Path) -> list[Path]:
    """Arma la red de ejemplo en una carpeta temporal, abre la ventana y corre cada escena; devuelve las capturas."""
    from escritorio.demo import crear_red_demo
    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    import capturas_escenas
    import capturas_escenas_nuevas
    import capturas_escenas_datos
    import capturas_escenas_sala

    crear_aplicacion()
    carpeta.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="capturas_") as temporal:
        temporal = Path(temporal)
        db = abrir_base(temporal / "red-de-ejemplo.db")
        crear_red_demo(db)
        ajustes = QSettings(str(temporal / "ajustes.ini"), QSettings.Format.IniFormat)
        ventana = VentanaPrincipal(db, ajustes)
        ventana.resize(*VENTANA)
        ventana.show()
        capturador = Capturador(carpeta, temporal, ventana, ajustes)
        for escena in (*capturas_escenas.ESCENAS, *capturas_escenas_nuevas.ESCENAS, *capturas_escenas_sala.ESCENAS,
                       *capturas_escenas_datos.ESCENAS):
            escena(capturador)
        # Cerrar la ventana preguntaría por los mensajes que esperan en la bandeja (un aviso que nadie contesta):
        # se detiene su cartero y se la descarta.
        from escritorio.interfaz.cartero import Cartero
        from escritorio.interfaz.comun import descartar

        Cartero.de(ventana.oficina).soltar()
        ventana.hide()
        descartar(ventana)
        db.close()
    return capturador.hechas


# La carpeta de las capturas de cada idioma: la del manual en ese idioma (ver interfaz/dialogos/manual.py).
SERIES = {"es": Path("manual") / "capturas", "pt_BR": Path("manual") / "pt_BR" / "capturas"}


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--idioma" and argv[1] in SERIES:
        # El idioma se fija antes de crear la aplicación, como al abrir Escritorio (idioma_elegido lo lee).
        os.environ["ESCRITORIO_IDIOMA"] = argv[1]
        carpeta = Path(argv[2])
        print(f"Capturas en {carpeta}:", flush=True)
        capturar(carpeta)
        return 0
    if argv:
        print(__doc__.strip().splitlines()[-3], file=sys.stderr)
        return 2
    for idioma, carpeta in SERIES.items():
        resultado = subprocess.run([sys.executable, __file__, "--idioma", idioma, str(carpeta_recursos() / carpeta)])
        if resultado.returncode:
            return resultado.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
