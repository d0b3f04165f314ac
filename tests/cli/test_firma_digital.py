"""La secretaría firma digitalmente un acta aprobada con su certificado .p12, como lo haría desde la consola:
la CLI (por la entrada del programa; «sin consola», como proceso real) sobre una copia de la red de ejemplo, con
certificados desechables creados en la prueba. Firmar, verificar (íntegra, firmante), exportar, alterar un byte y
ver que la verificación falla, segunda firma encima, errores en castellano sin guardar nada, y todo sin conexión."""

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys

import pytest
from pypdf import PdfReader

from certificados import crear_certificado
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto

CONTRASENA = "clave de prueba ñ"


@pytest.fixture
def firmar(cli, tmp_path, entorno_cli, copia_de_la_demo):
    """firmar(*argumentos, contrasena=..., sin_consola=False) -> CompletedProcess: `escritorio --db BASE …` por la
    entrada del programa (la fixture `cli`, con la entrada vacía), con la contraseña en la variable de entorno (None:
    sin la variable). Con `sin_consola`, como proceso real con la entrada cerrada (stdin de /dev/null): lo que se
    prueba es que el programa entero no se quede esperando una contraseña."""

    def ejecutar(*argumentos, contrasena: str | None = CONTRASENA, sin_consola: bool = False):
        entorno = dict(entorno_cli)
        entorno.pop("ESCRITORIO_CONTRASENA_CERTIFICADO", None)
        if contrasena is not None:
            entorno["ESCRITORIO_CONTRASENA_CERTIFICADO"] = contrasena
        if not sin_consola:
            return cli(*argumentos, db=copia_de_la_demo, entorno=entorno)
        return subprocess.run([sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo),
                               *map(str, argumentos)], cwd=tmp_path, env=entorno, capture_output=True, text=True,
                              encoding="utf-8", stdin=subprocess.DEVNULL, timeout=120)

    return ejecutar


@pytest.fixture
def secretaria(tmp_path):
    return crear_certificado(tmp_path, "Lucía Fernández", CONTRASENA)


def sesiones(firmar) -> list[dict]:
    resultado = firmar("sesiones", "listar", "--json")
    assert resultado.returncode == 0, resultado.stderr
    return json.loads(resultado.stdout)


def sesion_con_acta(firmar, estado: str) -> int:
    return next(s["id"] for s in sesiones(firmar) if s["estado_acta"] == estado)


def firmas_guardadas(base) -> list[dict]:
    """Leídas de la base cerrada y vuelta a abrir (lo que vería otro programa)."""
    db = abrir_base(base, crear=False)
    try:
        return [dict(f) for f in db.query("SELECT id, tipo, referencia, firmante, sha256, length(pdf) AS bytes "
                                          "FROM firmas_digitales ORDER BY id")]
    finally:
        db.close()


def _pdfa(pdf: bytes) -> tuple:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as documento:
        xmp = documento.open_metadata()
        return xmp.get("pdfaid:part"), xmp.get("pdfaid:conformance")


def un_byte_alterado(pdf: bytes) -> bytes:
    """El PDF con UN byte cambiado dentro del rango firmado (en el medio de un stream de la primera parte del
    /ByteRange), sin tocar la estructura del archivo."""
    rango = [int(x) for x in re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", pdf).groups()]
    inicio_stream = pdf.index(b"stream", len(pdf) // 10) + 40
    assert rango[0] <= inicio_stream < rango[0] + rango[1], "el byte elegido debe quedar dentro de lo firmado"
    alterado = bytearray(pdf)
    alterado[inicio_stream] ^= 0x01
    return bytes(alterado)


def test_firmar_un_acta_aprobada_verificar_exportar_y_un_byte_alterado(firmar, secretaria, copia_de_la_demo, tmp_path):
    p12, pem = secretaria
    sesion = sesion_con_acta(firmar, "aprobada")
    resultado = firmar("firma", "acta", sesion, "--certificado", p12, "--lugar", "Montevideo")
    assert resultado.returncode == 0, resultado.stderr
    assert "Firmado digitalmente" in resultado.stdout and "Lucía Fernández" in resultado.stdout
    assert CONTRASENA not in resultado.stdout + resultado.stderr

    # La firma quedó en la base (cerrada y vuelta a abrir) y el acta figura firmada.
    guardadas = firmas_guardadas(copia_de_la_demo)
    assert [(f["tipo"], f["firmante"]) for f in guardadas] == [("acta", "Lucía Fernández")]
    assert next(s for s in sesiones(firmar) if s["id"] == sesion)["estado_acta"] == "firmada"
    listado = firmar("firma", "listar", "--json")
    assert listado.returncode == 0, listado.stderr
    assert [(f["firmante"], f["numero_de_firma"]) for f in json.loads(listado.stdout)] == [("Lucía Fernández", 1)]

    # Exportar: el archivo es el PDF guardado (su SHA-256 es el de la base), y es el acta.
    salida = tmp_path / "acta-firmada.pdf"
    exportado = firmar("firma", "exportar", guardadas[0]["id"], "--salida", salida)
    assert exportado.returncode == 0, exportado.stderr
    pdf = salida.read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == guardadas[0]["sha256"]
    texto = " ".join(pagina.extract_text() for pagina in PdfReader(salida).pages)
    assert "Acta" in texto and "Consejo" in texto or "Asamblea" in texto
    # El acta firmada sigue siendo un documento de archivo: la misma identificación PDF/A que el acta sin firmar.
    sin_firmar = tmp_path / "acta.pdf"
    assert firmar("sesiones", "acta", sesion, sin_firmar).returncode == 0
    assert _pdfa(pdf) == _pdfa(sin_firmar.read_bytes()) == ("2", "B")
    # Exportar otra vez al mismo archivo no lo pisa.
    otra_vez = firmar("firma", "exportar", guardadas[0]["id"], "--salida", salida)
    assert otra_vez.returncode == 1 and "Ya existe" in otra_vez.stderr
    assert salida.read_bytes() == pdf

    # Verificar: íntegra, firmante correcto; sin autoridades indicadas, la confianza se dice honestamente (4).
    verificado = firmar("firma", "verificar", salida)
    assert verificado.returncode == 4, verificado.stdout + verificado.stderr
    assert "Firmante: Lucía Fernández" in verificado.stdout
    assert "íntegra" in verificado.stdout and "Lugar: Montevideo" in verificado.stdout
    assert "no se pudo validar contra una autoridad de confianza" in verificado.stderr
    # Con su certificado como raíz de confianza, la firma es válida (0).
    con_raiz = firmar("firma", "verificar", salida, "--confianza", pem, "--json")
    assert con_raiz.returncode == 0, con_raiz.stderr
    informe = json.loads(con_raiz.stdout)
    assert informe["integras"] and informe["confiables"]
    assert [f["firmante"] for f in informe["firmas"]] == ["Lucía Fernández"]

    # UN byte cambiado dentro de lo firmado: la verificación falla por integridad.
    alterado = tmp_path / "acta-alterada.pdf"
    alterado.write_bytes(un_byte_alterado(pdf))
    falla = firmar("firma", "verificar", alterado, "--confianza", pem)
    assert falla.returncode == 5, falla.stdout + falla.stderr
    assert "ALTERADA" in falla.stdout and "NO es el que se firmó" in falla.stderr


def test_la_segunda_firma_se_agrega_sobre_la_primera_y_ambas_se_listan(firmar, secretaria, copia_de_la_demo, tmp_path):
    p12, _ = secretaria
    presidencia, _ = crear_certificado(tmp_path, "Marcos Ibarra", "otra clave")
    sesion = sesion_con_acta(firmar, "aprobada")
    assert firmar("firma", "acta", sesion, "--certificado", p12).returncode == 0
    segunda = firmar("firma", "acta", sesion, "--certificado", presidencia, "--salida", tmp_path / "dos.pdf",
                     contrasena="otra clave")
    assert segunda.returncode == 0, segunda.stderr
    assert "firma n.º 2 del documento" in segunda.stdout

    guardadas = firmas_guardadas(copia_de_la_demo)
    assert [f["firmante"] for f in guardadas] == ["Lucía Fernández", "Marcos Ibarra"]
    assert guardadas[0]["referencia"] == guardadas[1]["referencia"]
    listado = firmar("firma", "listar")
    assert "firma n.º 1: Lucía Fernández" in listado.stdout and "firma n.º 2: Marcos Ibarra" in listado.stdout

    # Actualización incremental: el segundo PDF empieza con el primero, byte a byte.
    primero = tmp_path / "uno.pdf"
    assert firmar("firma", "exportar", guardadas[0]["id"], "--salida", primero).returncode == 0
    assert (tmp_path / "dos.pdf").read_bytes().startswith(primero.read_bytes())
    verificado = firmar("firma", "verificar", tmp_path / "dos.pdf", "--json")
    informe = json.loads(verificado.stdout)
    assert [f["firmante"] for f in informe["firmas"]] == ["Lucía Fernández", "Marcos Ibarra"]
    assert [f["integridad"] for f in informe["firmas"]] == ["agregados", "integra"]
    assert informe["integras"] and verificado.returncode == 4


def test_contrasena_equivocada_mensaje_en_castellano_y_nada_guardado(firmar, secretaria, copia_de_la_demo):
    p12, _ = secretaria
    sesion = sesion_con_acta(firmar, "aprobada")
    db = abrir_base(copia_de_la_demo, crear=False)
    bitacora_antes = db.execute("SELECT count(*) FROM bitacora").fetchone()[0]
    db.close()
    resultado = firmar("firma", "acta", sesion, "--certificado", p12, contrasena="no es esta")
    assert resultado.returncode == 1
    assert "La contraseña del certificado" in resultado.stderr and "no es la correcta" in resultado.stderr
    assert "Traceback" not in resultado.stderr
    assert firmas_guardadas(copia_de_la_demo) == []
    db = abrir_base(copia_de_la_demo, crear=False)
    assert db.execute("SELECT count(*) FROM bitacora").fetchone()[0] == bitacora_antes
    db.close()
    assert next(s for s in sesiones(firmar) if s["id"] == sesion)["estado_acta"] == "aprobada"


def test_sin_contrasena_ni_consola_no_se_queda_esperando(firmar, secretaria, copia_de_la_demo, tmp_path):
    p12, _ = secretaria
    sesion = sesion_con_acta(firmar, "aprobada")
    resultado = firmar("firma", "acta", sesion, "--certificado", p12, contrasena=None, sin_consola=True)
    assert resultado.returncode == 1
    assert "ESCRITORIO_CONTRASENA_CERTIFICADO" in resultado.stderr and "--contrasena-archivo" in resultado.stderr
    # Desde un archivo (para scripts), con su salto de línea final.
    archivo = tmp_path / "contrasena.txt"
    archivo.write_text(CONTRASENA + "\n", encoding="utf-8")
    desde_archivo = firmar("firma", "acta", sesion, "--certificado", p12, "--contrasena-archivo", archivo,
                           contrasena=None)
    assert desde_archivo.returncode == 0, desde_archivo.stderr
    assert len(firmas_guardadas(copia_de_la_demo)) == 1


def test_un_acta_en_borrador_se_rechaza_sin_pedir_la_contrasena(firmar, secretaria, copia_de_la_demo):
    p12, _ = secretaria
    sesion = sesion_con_acta(firmar, "borrador")
    resultado = firmar("firma", "acta", sesion, "--certificado", p12, contrasena=None)
    assert resultado.returncode == 1
    assert "está en borrador" in resultado.stderr and "aprobar-acta" in resultado.stderr
    assert "contraseña" not in resultado.stderr.lower()
    assert firmas_guardadas(copia_de_la_demo) == []


def test_certificados_que_no_sirven_dicen_por_que(firmar, copia_de_la_demo, tmp_path):
    sesion = sesion_con_acta(firmar, "aprobada")
    sin_clave, _ = crear_certificado(tmp_path, "Sin Clave", CONTRASENA, con_clave=False)
    vencido, _ = crear_certificado(tmp_path, "Vencida", CONTRASENA, desde_dias=-400, hasta_dias=-30)
    futuro, _ = crear_certificado(tmp_path, "Futura", CONTRASENA, desde_dias=10, hasta_dias=400)
    no_p12 = tmp_path / "certificado.p12"
    no_p12.write_bytes(b"%PDF-1.4 esto no es un certificado")
    casos = {sin_clave: "no su clave privada", vencido: "venció el", futuro: "todavía no es válido",
             no_p12: "no es un certificado .p12/.pfx", tmp_path / "no-existe.p12": "No existe el archivo del certificado"}
    for archivo, mensaje in casos.items():
        resultado = firmar("firma", "acta", sesion, "--certificado", archivo)
        assert resultado.returncode == 1, archivo
        assert mensaje in resultado.stderr, resultado.stderr
        assert "No se firmó nada" in resultado.stderr and "Traceback" not in resultado.stderr
    assert firmas_guardadas(copia_de_la_demo) == []


def test_firmar_una_resolucion(firmar, secretaria, copia_de_la_demo, tmp_path):
    p12, pem = secretaria
    resoluciones = json.loads(firmar("resoluciones", "listar", "--json").stdout)
    resolucion = resoluciones[-1]
    resultado = firmar("firma", "resolucion", resolucion["id"], "--certificado", p12, "--salida", tmp_path / "r.pdf")
    assert resultado.returncode == 0, resultado.stderr
    assert firmas_guardadas(copia_de_la_demo)[0]["tipo"] == "resolucion"
    verificado = firmar("firma", "verificar", tmp_path / "r.pdf", "--confianza", tmp_path)
    assert verificado.returncode == 0, verificado.stdout + verificado.stderr
    assert "Lucía Fernández" in verificado.stdout
    texto = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert resolucion["titulo"][:20] in " ".join(texto.split())


def test_un_servidor_de_sello_de_tiempo_que_no_responde_no_guarda_nada(firmar, secretaria, copia_de_la_demo):
    p12, _ = secretaria
    sesion = sesion_con_acta(firmar, "aprobada")
    resultado = firmar("firma", "acta", sesion, "--certificado", p12, "--sello-tiempo", "http://127.0.0.1:9/tsa")
    assert resultado.returncode == 1
    assert "sello de tiempo" in resultado.stderr and "No se firmó nada" in resultado.stderr
    assert firmas_guardadas(copia_de_la_demo) == []


def test_firmar_y_verificar_sin_conexion(copia_de_la_demo, secretaria, monkeypatch):
    """Sin --sello-tiempo ni se intenta abrir una conexión de red: firmar y verificar andan con la red cortada."""
    from escritorio.servicios.firmas import (cargar_certificado, firmar_acta_digitalmente, listar_firmas,
                                             verificar_firma_guardada)

    intentos = []

    def sin_red(*argumentos, **opciones):
        intentos.append(argumentos)
        raise OSError("sin red en esta prueba")

    monkeypatch.setattr(socket, "create_connection", sin_red)
    monkeypatch.setattr(socket, "getaddrinfo", sin_red)
    monkeypatch.setattr(socket.socket, "connect", sin_red)
    p12, _ = secretaria
    db = abrir_base(copia_de_la_demo, crear=False)
    contexto = Contexto(db, 1)
    try:
        sesion = next(r["id"] for r in db.query(
            "SELECT s.id FROM sesiones s JOIN actas a ON a.sesion_id = s.id WHERE a.estado = 'aprobada' LIMIT 1"))
        firma = firmar_acta_digitalmente(contexto, sesion, cargar_certificado(p12, CONTRASENA))
        verificacion = verificar_firma_guardada(contexto, firma.id)
        assert verificacion.integras and not verificacion.confiables
        assert [f["firmante"] for f in listar_firmas(contexto)] == ["Lucía Fernández"]
    finally:
        db.close()
    assert intentos == []
    assert os.environ.get("ESCRITORIO_CONTRASENA_CERTIFICADO") is None


def test_verificar_la_base_nota_un_pdf_firmado_cambiado_por_fuera(firmar, secretaria, copia_de_la_demo):
    """Alguien quita la protección y cambia un byte del PDF firmado guardado: «escritorio verificar» lo dice."""
    import sqlite3

    p12, _ = secretaria
    assert firmar("firma", "acta", sesion_con_acta(firmar, "aprobada"), "--certificado", p12).returncode == 0
    sana = firmar("verificar")
    assert sana.returncode == 0, sana.stdout + sana.stderr
    assert "Firmas digitales: 1 PDF firmados, todos iguales a lo guardado." in sana.stdout
    conexion = sqlite3.connect(copia_de_la_demo)
    conexion.execute("DROP TRIGGER firmas_digitales_fijo_update")
    (pdf,) = conexion.execute("SELECT pdf FROM firmas_digitales").fetchone()
    conexion.execute("UPDATE firmas_digitales SET pdf = ?", [un_byte_alterado(bytes(pdf))])
    conexion.commit()
    conexion.close()
    resultado = firmar("verificar")
    assert resultado.returncode == 1
    salida = resultado.stdout + resultado.stderr
    assert "el PDF firmado n.º 1 fue cambiado por fuera de Escritorio" in salida


def _fuentes(pdf) -> list[tuple[str, str]]:
    import pikepdf

    return sorted((str(o.get("/Subtype")), str(o.get("/BaseFont"))) for o in pdf.objects
                  if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font")


def test_firmar_un_pdf_a_lo_deja_pdf_a(tmp_path, secretaria):
    """La firma invisible se agrega como actualización incremental: el PDF/A de origen conserva su identificación
    PDF/A, no gana fuentes ni JavaScript, el campo de firma lleva la marca de impresión (PDF/A la exige) y no es
    oculto, y el chequeo de qpdf pasa."""
    import io

    import pikepdf
    from reportlab.pdfgen import canvas

    from escritorio.documentos.firma_digital import cargar_certificado, firmar_pdf

    crudo = io.BytesIO()
    hoja = canvas.Canvas(crudo)
    hoja.drawString(72, 720, "Acta de prueba")
    hoja.save()
    origen = io.BytesIO()
    with pikepdf.open(io.BytesIO(crudo.getvalue())) as pdf:
        with pdf.open_metadata() as xmp:
            xmp["pdfaid:part"] = "2"
            xmp["pdfaid:conformance"] = "B"
        pdf.save(origen)
    with pikepdf.open(io.BytesIO(origen.getvalue())) as pdf:
        fuentes_de_origen = _fuentes(pdf)
    assert fuentes_de_origen
    p12, _ = secretaria
    firmado = firmar_pdf(origen.getvalue(), cargar_certificado(p12, CONTRASENA), motivo="Prueba").pdf
    assert firmado.startswith(origen.getvalue())
    with pikepdf.open(io.BytesIO(firmado)) as pdf:
        xmp = pdf.open_metadata()
        assert (xmp.get("pdfaid:part"), xmp.get("pdfaid:conformance")) == ("2", "B")
        # Info y XMP dicen lo mismo en la revisión de la firma (PDF/A; issue 43): el productor con pyHanko sumado y
        # la fecha de modificación. Todas las reglas, sobre los documentos reales: tests/documentos/test_pdfa.py.
        assert xmp.get("pdf:Producer") == str(pdf.docinfo.Producer) and "pyHanko" in str(pdf.docinfo.Producer)
        assert xmp.get("xmp:ModifyDate") and "/ModDate" in pdf.docinfo
        assert not pdf.is_encrypted
        widget = next(a for a in pdf.pages[0].Annots if a.get("/FT") == "/Sig")
        banderas = int(widget.F)
        assert banderas & 4 and not banderas & (1 | 2 | 32)  # impresa; no invisible, no oculta, no «noView»
        # Sin tamaño y fuera de la página (PDF/UA no pide en el árbol lo que no se ve; PDF/A prohíbe «oculta»).
        x0, y0, x1, y1 = (float(x) for x in widget.Rect)
        assert x0 == x1 < 0 and y0 == y1 < 0
        assert str(widget.TU).startswith("Firma digital de ")
        assert _fuentes(pdf) == fuentes_de_origen  # la firma no agrega fuentes (PDF/A exige incrustarlas todas)
        assert "/JavaScript" not in str(pdf.Root.keys()) and "/OpenAction" not in pdf.Root
        assert pdf.check_pdf_syntax() == []  # el chequeo de qpdf, por la biblioteca que trae pikepdf
    if shutil.which("qpdf"):  # y el programa qpdf, si la máquina lo tiene
        archivo = tmp_path / "firmado.pdf"
        archivo.write_bytes(firmado)
        assert subprocess.run(["qpdf", "--check", str(archivo)], capture_output=True).returncode == 0


def test_una_firma_con_un_certificado_ya_vencido_lo_dice_al_verificar(tmp_path):
    """Firmada cuando el certificado regía (sin sello de tiempo), verificada después de su vencimiento: la firma
    sigue íntegra, y la confianza dice que el certificado venció y que nada prueba que se firmó antes."""
    from datetime import datetime, timedelta, timezone

    from escritorio.documentos.firma_digital import cargar_certificado, firmar_pdf
    from escritorio.documentos.verificacion_de_firmas import verificar_pdf
    from reportlab.pdfgen import canvas

    p12, pem = crear_certificado(tmp_path, "Ana Vencida", CONTRASENA, desde_dias=-60, hasta_dias=-1)
    certificado = cargar_certificado(p12, CONTRASENA, ahora=datetime.now(timezone.utc) - timedelta(days=5))
    hoja = canvas.Canvas(str(tmp_path / "x.pdf"))
    hoja.drawString(72, 720, "Acta")
    hoja.save()
    firmado = firmar_pdf((tmp_path / "x.pdf").read_bytes(), certificado).pdf
    informe = verificar_pdf(firmado, "x.pdf")
    assert informe.integras and not informe.confiables
    assert "ya venció" in informe.firmas[0].detalle_confianza
    assert "sello de tiempo" in informe.firmas[0].detalle_confianza
