"""Todo documento que escribe el programa se reconoce (issue 43, §2): la CLI sobre la red de
ejemplo. Cada uno sale con su código de verificación (en el texto, al pie, y en las palabras clave) y «escritorio
documento verificar» responde con su código de salida: 0 auténtico y vigente, 4 auténtico pero reemplazado (y dice qué
cambió), 6 borrador auténtico (no el acta aprobada), 7 documento de esta base sin código (uno de antes), 5 alterado o
desconocido.
"""

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ayudas import sin_traza

CODIGO = re.compile(r"Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
HOY = date.today().isoformat()


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def verificar(cli, base, *argumentos, salida: int) -> str:
    resultado = cli("documento", "verificar", *argumentos, db=base)
    sin_traza(resultado)
    assert resultado.returncode == salida, (resultado.returncode, resultado.stdout, resultado.stderr)
    return " ".join(resultado.stdout.split())


def texto_pdf(ruta) -> str:
    """El texto del PDF con los espacios normalizados: con pdftotext (poppler) si está, diez veces más rápido que
    pypdf en las 78 cartas de los avisos; si no, con pypdf."""
    if shutil.which("pdftotext"):
        return " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(ruta), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def codigos_de(ruta) -> list[str]:
    from pypdf import PdfReader

    codigos = list(dict.fromkeys(CODIGO.findall(texto_pdf(ruta))))
    assert codigos and all(c in str(PdfReader(ruta).metadata.get("/Keywords")) for c in codigos), codigos
    return codigos


def sesion_con_acta(cli, base, estado: str) -> int:
    return next(s["id"] for s in json.loads(ok(cli("sesiones", "listar", "--json", db=base)))
                if s["estado_acta"] == estado)


# (orden que escribe el documento, salida de «documento verificar», lo primero que dice)
DOCUMENTOS = {
    "padron": (["miembros", "padron"], 0, "Auténtico y vigente. Padrón de miembros: el registro no cambió"),
    "convocatoria": (["sesiones", "convocatoria", "{borrador}"], 0, "Auténtico y vigente. Convocatoria · "),
    "acta en borrador": (["sesiones", "acta", "{borrador}"], 6,
                         "Borrador auténtico, no es el acta aprobada. Es un borrador auténtico de Acta N.º"),
    "composicion": (["organos", "composicion", "Consejo", "--pdf"], 0, "Auténtico y vigente. Composición de Consejo"),
    "organigrama": (["organos", "organigrama"], 0, "Auténtico y vigente. Organigrama: el registro no cambió"),
    "estatuto": (["estatutos", "texto"], 0, "Auténtico y vigente. Estatuto: el registro no cambió"),
    "resumen de cobranza": (["cuotas", "cobranza", "2026"], 0, "Auténtico y vigente. Resumen de cobranza 2026"),
    "informe de unidad": (["unidades", "informe", "6"], 0, "Auténtico y vigente. Informe de UT Ambiente"),
    "avisos de cobro": (["cuotas", "avisos"], 0, "Auténtico y vigente. Es un lote de"),
    "memoria anual": (["memoria", str(date.today().year - 1)], 0,
                      f"Auténtico y vigente. Memoria anual {date.today().year - 1}: el registro no cambió"),
}


@pytest.mark.parametrize("documento", list(DOCUMENTOS))
def test_cada_documento_lleva_su_codigo_y_la_verificacion_dice_que_es(documento, cli, copia_de_la_demo, tmp_path):
    orden, salida, dice = DOCUMENTOS[documento]
    borrador = sesion_con_acta(cli, copia_de_la_demo, "borrador")
    archivo = tmp_path / "documento.pdf"
    ok(cli(*[str(a).format(borrador=borrador) for a in orden], archivo, db=copia_de_la_demo))
    codigos = codigos_de(archivo)
    informe = verificar(cli, copia_de_la_demo, archivo, salida=salida)
    assert informe.startswith(dice), informe
    assert "idéntico byte a byte" in informe and "no es ninguno de los documentos emitidos" not in informe
    # Quien tiene el papel escribe el código (el de su carta, en un lote de avisos): el mismo veredicto.
    por_codigo = verificar(cli, copia_de_la_demo, "--codigo", codigos[0].lower(), salida=salida)
    assert "se verificó solo el código" in por_codigo


def test_un_documento_de_lista_reemplazado_dice_que_cambio(cli, copia_de_la_demo, tmp_path):
    """El padrón, la composición, la convocatoria y un aviso de cobro cambian después de impresos: cada papel sigue
    siendo auténtico, pero reemplazado (salida 4), y la verificación dice qué cambió."""
    base = copia_de_la_demo
    borrador = sesion_con_acta(cli, base, "borrador")
    ok(cli("miembros", "padron", tmp_path / "padron.pdf", db=base))
    ok(cli("organos", "composicion", "Consejo", "--pdf", tmp_path / "consejo.pdf", db=base))
    ok(cli("sesiones", "convocatoria", borrador, tmp_path / "convocatoria.pdf", db=base))
    ok(cli("cuotas", "avisos", tmp_path / "avisos.pdf", db=base))
    [primera_carta, *_] = codigos_de(tmp_path / "avisos.pdf")
    deudor = re.search(r"Aviso de cobro a (.+?) al ", verificar(cli, base, "--codigo", primera_carta,
                                                               salida=0))[1]
    miembros = json.loads(ok(cli("miembros", "listar", "--json", db=base)))
    del_deudor = next(m for m in miembros if m["nombre"] == deudor)
    otro = next(m for m in miembros if m["pais"] == "UY" and m["nombre"] not in ("Montevideo", "Salto"))

    ok(cli("miembros", "agregar", "--nombre", "Villa Nueva", "--pais", "AR", "--poblacion", "50000", db=base))
    ok(cli("organos", "designar", "Consejo", "--miembro", otro["id"], "--cargo", "titular", "--desde", HOY, db=base))
    ok(cli("sesiones", "punto", borrador, "--titulo", "Informe de la Tesorería", db=base))
    ok(cli("pagos", "registrar", "--miembro", del_deudor["id"], "--monto", "10", "--moneda", "USD", "--fecha", HOY,
           db=base))

    dice = verificar(cli, base, tmp_path / "padron.pdf", salida=4)
    assert dice.startswith("Auténtico pero reemplazado. Padrón de miembros: lo que dice cambió")
    assert "Argentina: se agregó Villa Nueva." in dice
    dice = verificar(cli, base, tmp_path / "consejo.pdf", salida=4)
    assert f"Integrantes: se agregó {otro['nombre']} (Uruguay) · Titular." in dice
    dice = verificar(cli, base, tmp_path / "convocatoria.pdf", salida=4)
    assert "Orden del día: se agregó 3. Informe de la Tesorería." in dice
    dice = verificar(cli, base, "--codigo", primera_carta, salida=4)
    assert f"Aviso de cobro a {deudor} al" in dice and "desde la carta, la cuenta de lo que reclamaba cambió" in dice
    # El lote entero: auténtico, con una carta reemplazada (y cuál), las demás vigentes.
    dice = verificar(cli, base, tmp_path / "avisos.pdf", salida=4)
    assert f"({primera_carta}): auténtico pero reemplazado." in dice and "siguen vigentes" in dice

    # Un padrón impreso de nuevo es la versión vigente: el viejo dice con qué código.
    ok(cli("miembros", "padron", tmp_path / "padron-nuevo.pdf", db=base))
    [nuevo] = codigos_de(tmp_path / "padron-nuevo.pdf")
    # La bitácora lo cuenta con su título, no con el resumen guardado (JSON).
    assert f"Documento emitido: Padrón de miembros (código {nuevo})" in ok(cli("bitacora", "listar", db=base))
    assert f"La versión vigente se emitió el {HOY}" in verificar(cli, base, tmp_path / "padron.pdf", salida=4)
    assert f"con el código {nuevo}" in verificar(cli, base, tmp_path / "padron.pdf", salida=4)


def test_el_borrador_aprobado_queda_reemplazado_por_el_acta_y_la_resolucion_cita_el_acta_de_hoy(
        cli, copia_de_la_demo, tmp_path):
    """Un borrador impreso antes de aprobar el acta, y una resolución impresa cuando su acta era borrador: después de
    aprobarla, los dos papeles son auténticos pero reemplazados; el bloque «Según la base de datos hoy» dice que el
    acta está aprobada y el del papel, lo que el papel decía."""
    base = copia_de_la_demo
    sesion = sesion_con_acta(cli, base, "borrador")
    ok(cli("sesiones", "acta", sesion, tmp_path / "borrador.pdf", db=base))
    resolucion = next(r for r in json.loads(ok(cli("resoluciones", "listar", "--json", db=base)))
                      if r["sesion_id"] == sesion)
    ok(cli("resoluciones", "pdf", resolucion["id"], "--salida", tmp_path / "resolucion.pdf", db=base))
    assert "todavía en borrador" in texto_pdf(tmp_path / "resolucion.pdf")

    punto = json.loads(ok(cli("sesiones", "punto-aprobacion-acta", sesion, "--json", db=base)))["id"]
    ok(cli("sesiones", "votar", punto, "--a-favor", "10", db=base))
    aprueba = json.loads(ok(cli("sesiones", "resolucion", punto, "--titulo", "Aprueba el acta", "--json", db=base)))
    ok(cli("sesiones", "aprobar-acta", sesion, "--resolucion", aprueba["id"], "--fecha", HOY, db=base))
    ok(cli("sesiones", "acta", sesion, tmp_path / "acta.pdf", db=base))
    [aprobada] = codigos_de(tmp_path / "acta.pdf")

    dice = verificar(cli, base, tmp_path / "borrador.pdf", salida=4)
    assert dice.startswith("Auténtico pero reemplazado. Este papel es un borrador de Acta N.º")
    assert f"el acta se aprobó el {date.today():%d/%m/%Y}" in dice and f"con el código {aprobada}" in dice
    hoy = dice.split("Según la base de datos hoy:")[1]
    assert "Huella SHA-256 del texto aprobado" in hoy

    dice = verificar(cli, base, tmp_path / "resolucion.pdf", salida=4)
    papel, hoy = dice.split("Lo que dice este documento (registrado al emitirlo):")[1].split(
        "Según la base de datos hoy:")
    assert "todavía en borrador" in papel and "aprobada el" not in papel
    assert f"aprobada el {date.today():%d/%m/%Y}" in hoy and "todavía en borrador" not in hoy


def test_un_pdf_de_esta_base_sin_codigo_se_reconoce_por_sus_metadatos(cli, copia_de_la_demo, tmp_path):
    """Un PDF que Escritorio escribió para esta asociación antes de que ese documento llevara código (el mismo
    escritor, sin sello) es «de esta base, sin código» (salida 7); uno de otra asociación, desconocido (5)."""
    from escritorio.documentos.pdf.convocatoria import escribir_convocatoria_pdf

    def convocatoria(ruta: Path, asociacion: str) -> Path:
        escribir_convocatoria_pdf(ruta, asociacion=asociacion, sigla="RCS", papel="A4", titulo="Sesión ordinaria",
                                  organo="Consejo", fecha=date(2025, 6, 1), hora="10:00", lugar="Montevideo",
                                  enlace=None, puntos=[], regla_quorum="", destinatarios=[],
                                  convocada_el=date(2025, 5, 1), firma="Secretaría Ejecutiva", aviso=None)
        return ruta

    vieja = convocatoria(tmp_path / "vieja.pdf", "Red de Ciudades del Sur (ejemplo)")
    dice = verificar(cli, copia_de_la_demo, vieja, salida=7)
    assert dice.startswith("Documento de esta base sin código de verificación. Según sus metadatos, es un documento "
                           "de esta base, sin código de verificación: «Convocatoria · Sesión ordinaria», de Red de "
                           "Ciudades del Sur (ejemplo), emitido el")
    assert "vuelva a generarlo desde Escritorio" in dice and "no es ninguno de los documentos emitidos" not in dice

    ajena = convocatoria(tmp_path / "ajena.pdf", "Mercociudades")
    dice = verificar(cli, copia_de_la_demo, ajena, salida=5)
    assert "para «Mercociudades», que no es una asociación de esta base" in dice
