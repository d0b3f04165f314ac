"""El programa empaquetado (`make instalador` -> dist/Escritorio/) funciona sin Python ni el repositorio.

Se saltea si no hay paquete. `ESCRITORIO_EJECUTABLE=RUTA` prueba otro (por ejemplo, uno hecho en
Windows). Todo corre sin pantalla (QT_QPA_PLATFORM=offscreen) y con carpetas de usuario propias.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]
CANDIDATOS = [RAIZ / "dist" / "Escritorio" / "Escritorio.exe", RAIZ / "dist" / "Escritorio" / "Escritorio"]


def _ejecutable() -> Path | None:
    elegido = os.environ.get("ESCRITORIO_EJECUTABLE", "").strip()
    if elegido:
        return Path(elegido)
    return next((c for c in CANDIDATOS if c.is_file()), None)


EJECUTABLE = _ejecutable()

pytestmark = pytest.mark.skipif(EJECUTABLE is None, reason="no hay programa empaquetado: corra `make instalador`")


@pytest.fixture
def entorno(tmp_path) -> dict:
    """Sin variables de Escritorio ni de Python, y con casa y carpetas de datos en tmp_path."""
    casa = tmp_path / "casa"
    casa.mkdir()
    entorno = {k: v for k, v in os.environ.items()
               if not k.startswith(("ESCRITORIO_", "PYTHON", "QT_", "VIRTUAL_ENV"))}
    entorno.update(HOME=str(casa), USERPROFILE=str(casa), XDG_DATA_HOME=str(casa / "datos"),
                   XDG_CONFIG_HOME=str(casa / "config"), LOCALAPPDATA=str(casa / "AppData" / "Local"),
                   APPDATA=str(casa / "AppData" / "Roaming"), QT_QPA_PLATFORM="offscreen",
                   PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    return entorno


def correr(*argumentos, entorno, cwd, ejecutable=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(ejecutable or EJECUTABLE), *map(str, argumentos)], cwd=cwd, env=entorno,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=180)


def test_version(tmp_path, entorno):
    from escritorio import __version__

    resultado = correr("--version", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stderr
    assert resultado.stdout.strip() == f"Escritorio {__version__}"


def test_demo_y_padron_en_pdf(tmp_path, entorno):
    from pypdf import PdfReader

    (tmp_path / "tmp").mkdir()
    resultado = correr("--db", "tmp/x.db", "demo", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stderr
    assert "Red de Ciudades del Sur" in resultado.stdout  # usó recursos/datos (GeoNames) del paquete

    resultado = correr("--db", "tmp/x.db", "miembros", "padron", "tmp/p.pdf", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stderr
    pdf = tmp_path / "tmp" / "p.pdf"
    assert pdf.is_file()
    lector = PdfReader(pdf)
    assert "Padrón de miembros" in lector.pages[0].extract_text()
    # Las fuentes del paquete (recursos/fuentes) van incrustadas y el PDF es PDF/A-2B (pikepdf y el perfil sRGB
    # de Pillow/LittleCMS también viajan en el paquete).
    fuentes = lector.pages[0]["/Resources"]["/Font"].values()
    # (la Mono: el código de verificación del pie, documentos/pdf/verificacion.py)
    assert {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in fuentes} <= {"LiberationSans", "LiberationSans-Bold",
                                                                                  "LiberationMono"}
    assert all("/FontFile2" in f.get_object()["/FontDescriptor"] for f in fuentes)
    xmp = lector.xmp_metadata.stream.get_data().decode("utf-8")
    assert "2</pdfaid:part>" in xmp and "B</pdfaid:conformance>" in xmp
    assert lector.trailer["/Root"]["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"

    # Los nombres de países vienen de los datos de Babel del paquete (es, pt y en).
    resultado = correr("--db", "tmp/x.db", "miembros", "listar", "--json", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stderr
    resultado = correr("--db", "tmp/y.db", "asociacion", "crear", "--nombre", "Red Trinacional", "--sigla", "RT",
                       "--paises", "Brazil:pleno,Uruguai:pleno,Alemania:observador", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stderr
    assert not (Path(entorno["HOME"]) / "datos" / "Escritorio" / "escritorio.db").exists()


def test_recibo_verificado_y_acta_firmada(tmp_path, entorno):
    """El QR (códigos de barras de reportlab, que se importan con exec), pypdf para leer el código, pyHanko para
    firmar sin conexión y HarfBuzz para la g̃: todo viaja en el paquete. (Un recibo en el paquete fallaba por el QR.)"""
    from certificados import crear_certificado

    (tmp_path / "tmp").mkdir()
    assert correr("--db", "tmp/x.db", "demo", entorno=entorno, cwd=tmp_path).returncode == 0
    resultado = correr("--db", "tmp/x.db", "pagos", "recibo", "3", "tmp/r.pdf", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stdout + resultado.stderr
    resultado = correr("--db", "tmp/x.db", "documento", "verificar", "tmp/r.pdf", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stdout + resultado.stderr
    assert resultado.stdout.startswith("Auténtico y vigente.")

    p12, _pem = crear_certificado(tmp_path, "Lucía Fernández", "clave")
    firmar = {**entorno, "ESCRITORIO_CONTRASENA_CERTIFICADO": "clave"}
    resultado = correr("--db", "tmp/x.db", "firma", "acta", "2", "--certificado", p12, "--salida", "tmp/f.pdf",
                       entorno=firmar, cwd=tmp_path)
    assert resultado.returncode == 0, resultado.stdout + resultado.stderr
    resultado = correr("--db", "tmp/x.db", "firma", "verificar", "tmp/f.pdf", entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 4, resultado.stdout + resultado.stderr  # íntegra; autofirmado: sin autoridad
    assert "Lucía Fernández" in resultado.stdout

    # Sin uharfbuzz la g̃ se dibujaría corrida sin aviso (reportlab lo importa dentro de un try).
    internos = EJECUTABLE.parent / "_internal"
    assert any(p.name.startswith("uharfbuzz") for p in internos.iterdir()), "falta uharfbuzz en el paquete"


def test_error_de_datos_sin_traza(tmp_path, entorno):
    resultado = correr("--db", tmp_path / "x.db", "miembros", "importar", tmp_path / "no_existe.xlsx",
                       entorno=entorno, cwd=tmp_path)
    assert resultado.returncode == 1
    assert "Traceback" not in resultado.stderr


def test_modo_portatil(tmp_path, entorno):
    """Con escritorio-portable.txt junto al ejecutable, la base va a <carpeta>/datos/."""
    carpeta = tmp_path / "USB" / "Escritorio"
    carpeta.mkdir(parents=True)
    copia = carpeta / EJECUTABLE.name
    shutil.copy2(EJECUTABLE, copia)
    internos = EJECUTABLE.parent / "_internal"
    try:
        (carpeta / "_internal").symlink_to(internos, target_is_directory=True)
    except OSError:  # Windows sin permiso para enlaces simbólicos
        shutil.copytree(internos, carpeta / "_internal")
    (carpeta / "escritorio-portable.txt").write_text("", encoding="utf-8")

    resultado = correr("demo", entorno=entorno, cwd=tmp_path, ejecutable=copia)
    assert resultado.returncode == 0, resultado.stderr
    assert (carpeta / "datos" / "escritorio.db").is_file()
    assert not (Path(entorno["HOME"]) / "datos" / "Escritorio").exists()


def test_la_ventana_abre_sin_argumentos(tmp_path, entorno):
    """Sin orden abre la ventana (aquí sin pantalla): sigue viva hasta que se la cierra."""
    base = tmp_path / "x.db"
    assert correr("--db", base, "demo", entorno=entorno, cwd=tmp_path).returncode == 0
    entorno = {**entorno, "ESCRITORIO_DB": str(base)}
    proceso = subprocess.Popen([str(EJECUTABLE)], cwd=tmp_path, env=entorno,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        limite = time.monotonic() + 5
        while time.monotonic() < limite and proceso.poll() is None:
            time.sleep(0.2)
        vivo = proceso.poll() is None
    finally:
        proceso.kill()
        salida, errores = proceso.communicate(timeout=30)
    assert vivo, f"la ventana se cerró sola (estado {proceso.returncode}): {errores.decode(errors='replace')}"
    registro = Path(entorno["HOME"]) / "datos" / "Escritorio" / "registro" / "escritorio.log"
    assert not registro.exists() or "Error inesperado" not in registro.read_text(encoding="utf-8")


def test_lleva_todos_los_modulos_de_escritorio():
    """Todos los módulos de escritorio/ van en el paquete (los documentos se importan recién al pedirlos)."""
    lectores = pytest.importorskip("PyInstaller.archive.readers")
    pyz = lectores.CArchiveReader(str(EJECUTABLE)).open_embedded_archive("PYZ.pyz")
    empaquetados = {m for m in pyz.toc if m == "escritorio" or m.startswith("escritorio.")}
    paquete = RAIZ / "escritorio"
    fuentes = {".".join(p.relative_to(RAIZ).with_suffix("").parts).removesuffix(".__init__")
               for p in paquete.rglob("*.py")}
    assert fuentes - empaquetados == set(), "rehaga el paquete: `make instalador`"


def test_lleva_la_extension_en_c_de_rl_accel():
    """reportlab importa `_rl_accel` con exec: el análisis de PyInstaller no la ve sin nombrarla en el .spec."""
    internos = EJECUTABLE.parent / "_internal"
    carpeta = internos if internos.is_dir() else EJECUTABLE.parent
    assert list(carpeta.glob("_rl_accel*.so")) + list(carpeta.glob("_rl_accel*.pyd")), \
        "el paquete no lleva _rl_accel: revise hiddenimports en instalador/escritorio.spec"


def test_lleva_las_fuentes_de_los_pdf_y_su_licencia():
    """recursos/fuentes viaja junto al ejecutable (PyInstaller 6 pone los datos en _internal/)."""
    fuentes = next((c / "recursos" / "fuentes" for c in (EJECUTABLE.parent / "_internal", EJECUTABLE.parent)
                    if (c / "recursos" / "fuentes").is_dir()), None)
    assert fuentes is not None, "el paquete no lleva recursos/fuentes: revise instalador/escritorio.spec"
    originales = sorted(p.name for p in (RAIZ / "recursos" / "fuentes").iterdir())
    assert sorted(p.name for p in fuentes.iterdir()) == originales
    assert "LICENCIA-OFL.txt" in originales and "SIL OPEN FONT LICENSE" in (fuentes / "LICENCIA-OFL.txt").read_text(
        encoding="utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="comprobación de Linux")
def test_sin_bibliotecas_de_qt_que_no_se_usan():
    internos = EJECUTABLE.parent / "_internal"
    nombres = {p.name for p in internos.rglob("*")}
    assert "qtbase_es.qm" in nombres
    assert not {n for n in nombres if n.startswith(("libQt6Network", "libQt6Quick", "libQt6Qml", "libqgtk3"))}
    assert len(list((internos / "babel" / "locale-data").glob("*.dat"))) < 300


def test_lleva_los_iconos_de_la_ventana_y_se_dibujan():
    """qtawesome (los íconos de la navegación y los botones) carga TODAS sus fuentes al dibujar el primer ícono: si
    falta una, la ventana del paquete no abre («Error inesperado en abrir la ventana», FileNotFoundError; lo ve también
    `test_la_ventana_abre_sin_argumentos`). Aquí: cada fuente que qtawesome espera está en el paquete, igual byte a byte
    (la suma MD5 que qtawesome mismo comprueba), con su mapa de nombres, y cada ícono de `interfaz/iconos.py` se dibuja
    (no queda en blanco) con la fuente y el mapa que van en el paquete. Y las licencias van en recursos/iconos."""
    import hashlib
    import json

    import qtawesome
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from escritorio.interfaz.iconos import ICONOS

    carpeta = EJECUTABLE.parent / "_internal" / "qtawesome" / "fonts"
    assert carpeta.is_dir(), "el paquete no lleva qtawesome/fonts: revise instalador/escritorio.spec"
    for prefijo, fuente, mapa in qtawesome._BUNDLED_FONTS:
        assert (carpeta / mapa).is_file(), f"falta {mapa} en el paquete"
        suma = hashlib.md5((carpeta / fuente).read_bytes()).hexdigest()
        assert suma == qtawesome._MD5_HASHES[fuente], f"{fuente} del paquete no es la de qtawesome"

    licencias = EJECUTABLE.parent / "_internal" / "recursos" / "iconos"
    assert "MIT License" in (licencias / "LICENCIA-qtawesome-MIT.txt").read_text(encoding="utf-8")
    assert "Apache License" in (licencias / "LICENCIA-Apache-2.0.txt").read_text(encoding="utf-8")
    assert "Material Design Icons" in (licencias / "LEEME.md").read_text(encoding="utf-8")
    # El ícono del programa (barra de tareas y diálogos) viaja con el paquete y es una imagen que se lee.
    assert not QImage(str(licencias / "escritorio.png")).isNull()

    QApplication.instance() or QApplication([])
    por_prefijo = {p: (f, m) for p, f, m in qtawesome._BUNDLED_FONTS}
    familias = {}
    for nombre, glifo in ICONOS.items():
        prefijo, clave = glifo.split(".", 1)
        fuente, mapa = por_prefijo[prefijo]
        if prefijo not in familias:
            identificador = QFontDatabase.addApplicationFont(str(carpeta / fuente))
            assert identificador >= 0, f"Qt no pudo cargar {fuente} del paquete"
            familias[prefijo] = (QFontDatabase.applicationFontFamilies(identificador)[0],
                                 json.loads((carpeta / mapa).read_text(encoding="utf-8")))
        familia, nombres = familias[prefijo]
        assert clave in nombres, f"el ícono «{nombre}» ({glifo}) no está en el mapa del paquete"
        imagen = QImage(32, 32, QImage.Format.Format_ARGB32)
        imagen.fill(Qt.GlobalColor.transparent)
        pintor = QPainter(imagen)
        letra = QFont(familia)
        letra.setPixelSize(28)
        pintor.setFont(letra)
        pintor.setPen(QColor("black"))
        pintor.drawText(imagen.rect(), Qt.AlignmentFlag.AlignCenter, chr(int(nombres[clave], 16)))
        pintor.end()
        pintados = sum(1 for x in range(32) for y in range(32) if imagen.pixelColor(x, y).alpha() > 128)
        assert pintados > 20, f"el ícono «{nombre}» ({glifo}) se dibuja en blanco con la fuente del paquete"


def test_lleva_pdfium_y_la_impresion_de_qt():
    """La vista previa de los PDF (interfaz/piezas/paginas_pdf.py) dibuja con PDFium (pypdfium2) e imprime con
    QtPrintSupport: la biblioteca de PDFium va en el paquete y se carga, con los version.json que pypdfium2 lee al
    importarse, y va el complemento de impresión (sin él QPrinter no ve las impresoras del sistema)."""
    import ctypes

    internos = EJECUTABLE.parent / "_internal"
    for paquete in ("pypdfium2", "pypdfium2_raw"):
        assert (internos / paquete / "version.json").is_file(), f"falta {paquete}/version.json en el paquete"
    [pdfium] = [p for p in (internos / "pypdfium2_raw").iterdir() if p.name in ("pdfium.dll", "libpdfium.so",
                                                                               "libpdfium.dylib")]
    biblioteca = ctypes.CDLL(str(pdfium))
    biblioteca.FPDF_InitLibrary()
    biblioteca.FPDF_DestroyLibrary()
    nombres = {p.name.lower() for p in internos.rglob("*")}
    if not sys.platform == "darwin":
        assert nombres & {"windowsprintersupport.dll", "libcupsprintersupport.so"}, \
            "el paquete no lleva el complemento de impresión de Qt: revise instalador/escritorio.spec"
    assert nombres & {"qt6printsupport.dll", "libqt6printsupport.so.6"}


def test_prueba_de_humo(tmp_path):
    """instalador/humo.py, el mismo guion que corre el trabajo de Windows contra el programa instalado: base nueva,
    padrón, cuotas, acta, verificar y la ventana sin pantalla con su captura."""
    hecho = subprocess.run([sys.executable, str(RAIZ / "instalador" / "humo.py"), "--datos", str(tmp_path),
                            str(EJECUTABLE)], capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "ok captura de la ventana" in hecho.stdout


def test_lleva_el_complemento_de_pantalla_y_dibuja_en_una_pantalla_de_verdad(tmp_path, entorno):
    """Las bibliotecas de pantalla van en el paquete: el complemento de plataforma de Qt de este sistema (qwindows en
    Windows, qxcb en Linux) y, con él, la ventana se abre en una pantalla de verdad, no solo sin pantalla
    (offscreen): en Linux, un servidor X virtual (Xvfb); en Windows, el escritorio del trabajo de CI."""
    internos = EJECUTABLE.parent / "_internal"
    complementos = {p.name.lower() for p in internos.rglob("*") if p.parent.name == "platforms"}
    propio = "qwindows.dll" if sys.platform == "win32" else "libqxcb.so"
    assert propio in complementos, f"el paquete no lleva {propio}: revise instalador/escritorio.spec"
    base = tmp_path / "x.db"
    assert correr("--db", base, "demo", entorno=entorno, cwd=tmp_path).returncode == 0
    entorno = {**entorno, "ESCRITORIO_MEDIR_ARRANQUE": "1", "ESCRITORIO_CAPTURA": str(tmp_path / "v.png")}
    if sys.platform == "win32":
        entorno["QT_QPA_PLATFORM"] = "windows"
        hecho = correr("--db", base, entorno=entorno, cwd=tmp_path)
    else:
        if not shutil.which("Xvfb"):
            pytest.skip("sin Xvfb (apt-get install xvfb) no hay pantalla virtual donde abrir la ventana")
        entorno["QT_QPA_PLATFORM"] = "xcb"
        hecho = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(EJECUTABLE), "--db", str(base)]
                               if shutil.which("xvfb-run") else [str(EJECUTABLE), "--db", str(base)],
                               cwd=tmp_path, env=entorno, capture_output=True, text=True, encoding="utf-8",
                               errors="replace", timeout=180)
    assert hecho.returncode == 0 and "PADRON_COMPLETO" in hecho.stdout, hecho.stdout + hecho.stderr
    assert (tmp_path / "v.png").stat().st_size > 10_000
