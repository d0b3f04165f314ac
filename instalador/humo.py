"""Prueba de humo del programa instalado o empaquetado: la misma en el trabajo de Windows, en Linux y a mano.

Lanza el programa como lo lanza la persona (el ejecutable, sin Python ni el repositorio) y recorre lo que una
oficina hace el primer día: crear una base, importar un padrón (un CSV que arma este guion), emitir las cuotas,
imprimir un acta en PDF, `verificar` la base y abrir la ventana sin pantalla (QT_QPA_PLATFORM=offscreen) para
guardar una captura. Escribe una línea por comprobación, «ok …» o «FALLA …», y sale con 1 si alguna falló.

Uso:
  python instalador/humo.py dist/Escritorio/Escritorio              (el paquete de `make instalador`)
  python instalador/humo.py "%LOCALAPPDATA%\\Programs\\Escritorio\\Escritorio.exe" --datos C:\\humo
  python instalador/humo.py -- python -m escritorio                 (desde el código: comprueba el guion)

--datos CARPETA deja ahí las bases, el acta y la captura (si no, una carpeta temporal que se borra al terminar);
el trabajo de Windows la usa para comprobar que desinstalar no toca los datos. --capturas CARPETA copia ahí la
captura de la ventana. Las carpetas de usuario (HOME, APPDATA, XDG_*) se apuntan dentro de la de datos: la prueba
no toca las de quien la corre. --migrar BASE.db (una base hecha por una versión anterior) comprueba además que este
programa la abre, la pone al día y la verifica, sobre una copia. Es una herramienta de construcción como capturas.py: no viaja en el paquete.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

PADRON = """Nombre;País;Población
Villa del Humo;AR;120000
Puerto Prueba;UY;45000
Santa Comprobación;AR;800000
"""


class Humo:
    def __init__(self, programa: list[str], datos: Path):
        self.programa, self.datos, self.fallas = programa, datos, 0
        casa = datos / "casa"
        self.entorno = {k: v for k, v in os.environ.items() if not k.startswith(("ESCRITORIO_", "QT_"))}
        self.entorno.update(HOME=str(casa), USERPROFILE=str(casa), XDG_DATA_HOME=str(casa / "datos"),
                            XDG_CONFIG_HOME=str(casa / "config"), LOCALAPPDATA=str(casa / "AppData" / "Local"),
                            APPDATA=str(casa / "AppData" / "Roaming"), QT_QPA_PLATFORM="offscreen",
                            PYTHONIOENCODING="utf-8")

    def correr(self, *argumentos, entorno=None) -> subprocess.CompletedProcess:
        return subprocess.run([*self.programa, *map(str, argumentos)], cwd=self.datos, env=entorno or self.entorno,
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300)

    def comprobar(self, nombre: str, bien: bool, detalle: str = "") -> bool:
        if bien:
            print(f"ok {nombre}", flush=True)
        else:
            self.fallas += 1
            print(f"FALLA {nombre}: {detalle.strip()[-600:]}", flush=True)
        return bien

    def orden(self, nombre: str, *argumentos, espera: str = "") -> bool:
        """Corre una orden; bien si sale con 0 y su salida dice `espera`."""
        hecho = self.correr(*argumentos)
        bien = hecho.returncode == 0 and espera in hecho.stdout
        return self.comprobar(nombre, bien, f"estado {hecho.returncode}: {hecho.stdout}{hecho.stderr}")


def pdf_valido(ruta: Path) -> bool:
    return ruta.is_file() and ruta.stat().st_size > 1000 and ruta.read_bytes()[:5] == b"%PDF-"


def recorrer(humo: Humo, capturas: Path | None) -> None:
    datos, anio = humo.datos, date.today().year
    base = datos / "humo.db"
    version = humo.correr("--version")
    humo.comprobar(f"version ({version.stdout.strip()})", version.returncode == 0
                   and version.stdout.startswith("Escritorio "), version.stderr)
    if base.exists():   # --datos de una corrida anterior: se empieza de cero
        for viejo in datos.glob("humo.db*"):
            viejo.unlink()
    humo.orden("crear la base", "--db", base, "asociacion", "crear", "--nombre", "Red de la Prueba de Humo",
               "--sigla", "RPH", "--paises", "AR:pleno,UY:pleno")
    (datos / "padron.csv").write_text(PADRON, encoding="utf-8")
    humo.orden("importar el padrón", "--db", base, "miembros", "importar", datos / "padron.csv")
    listado = humo.correr("--db", base, "miembros", "listar")
    humo.comprobar("el padrón tiene los 3 miembros", listado.returncode == 0 and all(
        n in listado.stdout for n in ("Villa del Humo", "Puerto Prueba", "Santa Comprobación")), listado.stdout)
    humo.orden("definir la escala", "--db", base, "cuotas", "escala", "definir", "--desde", f"{anio}-01-01",
               "--moneda", "USD", "--tramos", "0:100,100000:500")
    humo.orden("emitir las cuotas", "--db", base, "cuotas", "emitir", anio)
    demo = datos / "demo.db"
    for viejo in datos.glob("demo.db*"):
        viejo.unlink()
    humo.orden("la red de ejemplo", "--db", demo, "demo")
    acta = datos / "acta.pdf"
    hecho = humo.correr("--db", demo, "sesiones", "acta", "2", acta, "--reemplazar")
    humo.comprobar("imprimir un acta en PDF", hecho.returncode == 0 and pdf_valido(acta), hecho.stdout + hecho.stderr)
    humo.orden("verificar la base nueva", "--db", base, "verificar")
    humo.orden("verificar la red de ejemplo", "--db", demo, "verificar")
    abrir_la_ventana(humo, demo, capturas)


def migrar(humo: Humo, vieja: Path) -> None:
    """Una base de una versión anterior: este programa la pone al día al abrirla y queda íntegra (sobre una copia)."""
    copia = humo.datos / "migrada.db"
    for viejo in humo.datos.glob("migrada.db*"):
        viejo.unlink()
    if not humo.comprobar(f"existe la base anterior {vieja}", vieja.is_file()):
        return
    shutil.copy2(vieja, copia)
    listado = humo.correr("--db", copia, "miembros", "listar")
    humo.comprobar("la base anterior abre y se pone al día", listado.returncode == 0 and listado.stdout.strip() != "",
                   listado.stdout + listado.stderr)
    humo.orden("verificar la base anterior puesta al día", "--db", copia, "verificar")


def abrir_la_ventana(humo: Humo, base: Path, capturas: Path | None) -> None:
    """La ventana abre en Miembros sin pantalla, pinta el padrón, se guarda en una imagen y se cierra sola
    (interfaz/medicion.py)."""
    captura = humo.datos / "ventana.png"
    captura.unlink(missing_ok=True)
    entorno = {**humo.entorno, "ESCRITORIO_MEDIR_ARRANQUE": "1", "ESCRITORIO_CAPTURA": str(captura)}
    try:
        hecho = humo.correr("--db", base, entorno=entorno)
        detalle = f"estado {hecho.returncode}: {hecho.stdout}{hecho.stderr}"
        bien = hecho.returncode == 0 and "PADRON_COMPLETO" in hecho.stdout
    except subprocess.TimeoutExpired:
        bien, detalle = False, "la ventana no se cerró en 300 s"
    bien = humo.comprobar("abrir la ventana sin pantalla", bien, detalle) and captura.is_file()
    humo.comprobar("captura de la ventana", bien and captura.stat().st_size > 10_000, str(captura))
    if bien and capturas is not None:
        capturas.mkdir(parents=True, exist_ok=True)
        shutil.copy2(captura, capturas / "ventana.png")


def todo(humo: Humo, opciones: argparse.Namespace) -> None:
    recorrer(humo, opciones.capturas)
    if opciones.migrar is not None:
        migrar(humo, opciones.migrar.resolve())


def _argumentos(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Las opciones de la prueba van antes o después del ejecutable («humo.py PROGRAMA --datos D», como lo llaman los
    flujos); lo que sigue a «--» es el programa con sus argumentos («-- python -m escritorio»)."""
    partes = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    partes.add_argument("--datos", type=Path, help="carpeta donde quedan las bases (si no, una temporal)")
    partes.add_argument("--capturas", type=Path, help="carpeta donde copiar la captura de la ventana")
    partes.add_argument("--migrar", type=Path, help="una base hecha por una versión anterior del programa")
    partes.add_argument("programa", nargs="?", help="el ejecutable (o, después de «--», el programa y sus argumentos)")
    propios, programa = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    opciones = partes.parse_args(propios)
    if opciones.programa and programa:
        partes.error("o el ejecutable, o «-- programa y sus argumentos»: no los dos")
    programa = [opciones.programa] if opciones.programa else programa
    if not programa:
        partes.error("falta el programa: la ruta del ejecutable, o `-- python -m escritorio`")
    return opciones, programa


def main(argv: list[str] | None = None) -> int:
    opciones, programa = _argumentos(sys.argv[1:] if argv is None else argv)
    if len(programa) == 1 and not shutil.which(programa[0]) and not Path(programa[0]).is_file():
        print(f"FALLA no existe el programa {programa[0]}")
        return 1
    if Path(programa[0]).is_file() and Path(programa[0]).name != programa[0]:
        # Cada orden corre con la carpeta de datos como carpeta de trabajo: una ruta relativa
        # («dist/Escritorio/Escritorio», como la escribe el flujo de Linux) dejaría de encontrarse.
        programa[0] = str(Path(programa[0]).absolute())   # sin resolver enlaces: el python de un venv lo es
    if opciones.datos is not None:
        opciones.datos.mkdir(parents=True, exist_ok=True)
        humo = Humo(programa, opciones.datos.resolve())
        todo(humo, opciones)
    else:
        with tempfile.TemporaryDirectory(prefix="humo-") as carpeta:
            humo = Humo(programa, Path(carpeta))
            todo(humo, opciones)
    print(f"{'FALLA' if humo.fallas else 'ok'} prueba de humo: {humo.fallas} fallas", flush=True)
    return 1 if humo.fallas else 0


if __name__ == "__main__":
    sys.exit(main())
