"""Cualquiera puede verificar un documento (issue 14, punto 2): la CLI sobre la red de
ejemplo. Cada acta aprobada, resolución, recibo y estado de cuenta sale con su código de verificación (en el
texto y en los metadatos) y «escritorio documento verificar» responde contra la base:
0 auténtico y vigente, 4 auténtico pero reemplazado, 5 alterado o desconocido (1 si el archivo no se lee).
"""

import json
import re
from datetime import date
from pathlib import Path

from ayudas import sin_traza
from escritorio.servicios.contexto import Contexto

CODIGO = re.compile(r"Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


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
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def codigo_de(ruta) -> str:
    codigos = set(CODIGO.findall(texto_pdf(ruta)))
    assert len(codigos) == 1, codigos
    return codigos.pop()


def palabras_clave(ruta) -> str:
    from pypdf import PdfReader

    return str(PdfReader(ruta).metadata.get("/Keywords") or "")


def sesion_con_acta(cli, base, estado: str = "aprobada") -> int:
    sesiones = json.loads(ok(cli("sesiones", "listar", "--json", db=base)))
    return next(s["id"] for s in sesiones if s["estado_acta"] == estado)


# --- actas ---------------------------------------------------------------------------------------------------

def test_un_acta_aprobada_es_autentica_y_vigente_y_con_fe_de_erratas_queda_reemplazada(cli, copia_de_la_demo, tmp_path):
    sesion = sesion_con_acta(cli, copia_de_la_demo)
    ok(cli("sesiones", "acta", sesion, tmp_path / "acta.pdf", db=copia_de_la_demo))
    codigo = codigo_de(tmp_path / "acta.pdf")
    assert codigo in palabras_clave(tmp_path / "acta.pdf")

    dice = verificar(cli, copia_de_la_demo, tmp_path / "acta.pdf", salida=0)
    assert dice.startswith("Auténtico y vigente.")
    assert f"Código de verificación: {codigo}" in dice and "idéntico byte a byte al original" in dice
    assert "Acta N.º" in dice and "Huella SHA-256 del texto aprobado" in dice
    # Las dos huellas del acta, cada una con su nombre (issue 43): la del texto aprobado, en la constancia; la de la
    # bitácora de toda la base, al pie; la verificación dice cuál es cuál y que la base tiene ese sello igual.
    papel = texto_pdf(tmp_path / "acta.pdf")
    assert "huella SHA-256 del texto aprobado:" in papel and "Huella de la bitácora: sello" in papel
    assert "La «huella de la bitácora» al pie de cada página es otra" in papel
    assert "Bitácora: la «huella de la bitácora» del pie (sello" in dice
    assert "es la de la cadena de la bitácora de toda la base cuando se generó, no la del documento; la base tiene " \
           "ese sello igual." in dice
    # Quien tiene el papel escribe el código como puede: minúsculas, sin guiones, O por 0.
    escrito = codigo.lower().replace("-", "").replace("0", "o")
    assert verificar(cli, copia_de_la_demo, "--codigo", escrito, salida=0).startswith("Auténtico y vigente.")

    # Una fe de erratas (la ventana la agrega; aquí, con el mismo servicio) deja el papel viejo reemplazado.
    from escritorio.servicios.actas import agregar_fe_de_erratas
    from escritorio.servicios.base import abrir_base

    db = abrir_base(copia_de_la_demo)
    agregar_fe_de_erratas(Contexto(db, 1), sesion, "Donde dice «Montevideo» debe decir «Montevideo (Uruguay)».")
    db.close()
    dice = verificar(cli, copia_de_la_demo, tmp_path / "acta.pdf", salida=4)
    assert dice.startswith("Auténtico pero reemplazado.")
    assert f"fe de erratas posterior a este documento, del {date.today():%d/%m/%Y}" in dice
    assert "Montevideo (Uruguay)" in dice
    # Lo que el papel dice y lo que la base dice hoy, cada uno en su bloque: sin contradecirse (issue 43).
    papel, hoy = dice.split("Lo que dice este documento (registrado al emitirlo):")[1].split("Según la base de datos hoy:")
    assert "Fe de erratas: ninguna" in papel
    assert f"Fe de erratas: 1, la última del {date.today():%d/%m/%Y}" in hoy and "ninguna" not in hoy

    # El acta impresa de nuevo trae la fe de erratas: otro código, vigente; el viejo dice cuál la reemplaza.
    ok(cli("sesiones", "acta", sesion, tmp_path / "acta-nueva.pdf", db=copia_de_la_demo))
    nuevo = codigo_de(tmp_path / "acta-nueva.pdf")
    assert nuevo != codigo and "Fe de erratas" in texto_pdf(tmp_path / "acta-nueva.pdf")
    assert verificar(cli, copia_de_la_demo, tmp_path / "acta-nueva.pdf", salida=0).startswith("Auténtico y vigente.")
    assert f"con el código {nuevo}" in verificar(cli, copia_de_la_demo, "--codigo", codigo, salida=4)


def test_un_acta_en_borrador_es_un_borrador_autentico_no_el_acta(cli, copia_de_la_demo, tmp_path):
    """Issue 43: el borrador lleva su código; la verificación dice que es un borrador auténtico (salida 6), no el
    acta aprobada."""
    sesion = sesion_con_acta(cli, copia_de_la_demo, "borrador")
    ok(cli("sesiones", "acta", sesion, tmp_path / "borrador.pdf", db=copia_de_la_demo))
    codigo = codigo_de(tmp_path / "borrador.pdf")
    dice = verificar(cli, copia_de_la_demo, tmp_path / "borrador.pdf", salida=6)
    assert dice.startswith("Borrador auténtico, no es el acta aprobada.")
    assert "No es el acta: todavía no se aprobó" in dice and f"Código de verificación: {codigo}" in dice


# --- recibos -------------------------------------------------------------------------------------------------

def test_recibo_autentico_su_reimpresion_dice_copia_y_anulado_queda_reemplazado(cli, copia_de_la_demo, tmp_path):
    assert ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=copia_de_la_demo)).strip() == \
        f"Recibo guardado en {tmp_path / 'recibo.pdf'}."
    texto = texto_pdf(tmp_path / "recibo.pdf")
    assert "COPIA" not in texto
    codigo = codigo_de(tmp_path / "recibo.pdf")
    dice = verificar(cli, copia_de_la_demo, tmp_path / "recibo.pdf", salida=0)
    assert "Auténtico y vigente." in dice and "Recibo N.º 0001/2020" in dice and "USD 500,00" in dice
    assert "Betim" in dice

    # La reimpresión dice que es una copia, con el mismo código, y verifica como auténtica.
    assert ok(cli("pagos", "recibo", 1, tmp_path / "reimpreso.pdf", db=copia_de_la_demo)).strip() == (
        f"Copia del recibo guardada en {tmp_path / 'reimpreso.pdf'} (el original ya se había impreso o guardado; "
        "esta dice COPIA).")
    reimpreso = texto_pdf(tmp_path / "reimpreso.pdf")
    assert "COPIA" in reimpreso and codigo_de(tmp_path / "reimpreso.pdf") == codigo
    dice = verificar(cli, copia_de_la_demo, tmp_path / "reimpreso.pdf", salida=0)
    assert "idéntico byte a byte a la copia 1 (una reimpresión)" in dice

    # Anulado: el papel sigue siendo auténtico, pero ya no vale; la base dice desde cuándo y por qué.
    ok(cli("pagos", "anular", 1, "--motivo", "Transferencia rechazada por el banco", db=copia_de_la_demo))
    dice = verificar(cli, copia_de_la_demo, tmp_path / "recibo.pdf", salida=4)
    assert dice.startswith("Auténtico pero reemplazado.")
    assert "ANULADO" in dice and "Transferencia rechazada por el banco" in dice
    salida = json.loads(cli("documento", "verificar", tmp_path / "reimpreso.pdf", "--json", db=copia_de_la_demo).stdout)
    assert salida["veredicto"] == "reemplazado" and salida["codigo_salida"] == 4 and salida["codigo"] == codigo
    assert salida["documento"]["Importe"] == "USD 500,00"


def test_un_recibo_guardado_de_nuevo_con_el_mismo_texto_se_dice_con_honestidad(cli, copia_de_la_demo, tmp_path):
    from pypdf import PdfReader, PdfWriter

    ok(cli("pagos", "recibo", 2, tmp_path / "recibo.pdf", db=copia_de_la_demo))
    escritor = PdfWriter(clone_from=PdfReader(tmp_path / "recibo.pdf"))
    escritor.add_metadata({"/Producer": "Otro programa"})
    escritor.write(tmp_path / "guardado.pdf")
    assert (tmp_path / "guardado.pdf").read_bytes() != (tmp_path / "recibo.pdf").read_bytes()
    # El texto coincide, pero lo que se ve no se puede garantizar: no es el archivo emitido, no se da por auténtico.
    dice = verificar(cli, copia_de_la_demo, tmp_path / "guardado.pdf", salida=5)
    assert "Auténtico" not in dice
    assert "su texto coincide con lo que la base registra, pero no es el archivo que emitió Escritorio" in " ".join(dice.split())
    assert "no es idéntico byte a byte a ninguno de los archivos emitidos" in dice
    assert "su texto dice lo mismo que el original emitido, palabra por palabra" in dice


def _recibo_falso(ruta: Path, codigo: str, importe: str, *, con_codigo: bool = True,
                  en_metadatos: str | None = None) -> Path:
    """Un recibo hecho a mano con reportlab, que copia el del pago 1 salvo el importe. `en_metadatos`: otro código
    para las palabras clave (por omisión, el mismo del texto)."""
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(ruta))
    for i, linea in enumerate(["Red de Ciudades del Sur (ejemplo)", "RECIBO", "Nº 0001/2020", "Fecha: 02/02/2020",
                               "Recibimos de Betim", f"La suma de {importe}", "Medio de pago Transferencia"]):
        c.drawString(72, 760 - 18 * i, linea)
    if con_codigo:
        c.drawString(72, 80, f"Código de verificación: {codigo}")
    if con_codigo or en_metadatos:
        c.setKeywords(f"Código de verificación: {en_metadatos or codigo}")
    c.save()
    return ruta


def test_un_pdf_con_el_mismo_codigo_pero_otro_importe_esta_alterado(cli, copia_de_la_demo, tmp_path):
    ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=copia_de_la_demo))
    codigo = codigo_de(tmp_path / "recibo.pdf")
    falso = _recibo_falso(tmp_path / "falso.pdf", codigo, "USD 9.500,00")
    dice = verificar(cli, copia_de_la_demo, falso, salida=5)
    assert dice.startswith("Alterado o desconocido.")
    assert f"lleva el código {codigo} de Recibo N.º 0001/2020" in dice
    assert "Importe: la base dice «USD 500,00»; el archivo no lo dice (dice «USD 9.500,00»)" in dice
    # Con el importe correcto tampoco: su texto no es el del recibo emitido, y se dice dónde se aparta.
    copiado = _recibo_falso(tmp_path / "copiado.pdf", codigo, "USD 500,00")
    dice = verificar(cli, copia_de_la_demo, copiado, salida=5)
    assert "Importe: la base dice" not in dice and "Texto: " in dice and "el emitido dice" in dice


def test_un_recibo_rehecho_con_el_mismo_codigo_y_otra_referencia_dice_que_palabra_cambio(cli, copia_de_la_demo,
                                                                                         tmp_path):
    """Quien falsifica con el mismo programa, el mismo código y el mismo importe: cambia solo la referencia."""
    from escritorio.documentos.pdf.recibo import escribir_recibo_pdf
    from escritorio.dominio.verificacion import Sello
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.pagos import obtener_pago

    ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=copia_de_la_demo))
    codigo = codigo_de(tmp_path / "recibo.pdf")
    db = abrir_base(copia_de_la_demo)
    pago = obtener_pago(Contexto(db, 1), 1)
    db.close()
    assert pago["referencia"] == "TRF-05431"
    escribir_recibo_pdf(tmp_path / "rehecho.pdf", asociacion="Red de Ciudades del Sur (ejemplo)", sigla="RCS",
                        papel="A4", pago={**pago, "referencia": "TRF-99999"}, sello=Sello(codigo, 0))
    dice = verificar(cli, copia_de_la_demo, tmp_path / "rehecho.pdf", salida=5)
    assert "el emitido dice «TRF-05431» y el archivo dice «TRF-99999»" in dice


def test_un_pdf_sin_codigo_o_con_el_codigo_de_otra_base_es_desconocido(cli, copia_de_la_demo, tmp_path, base_cli):
    sin_codigo = _recibo_falso(tmp_path / "sin.pdf", "", "USD 500,00", con_codigo=False)
    dice = verificar(cli, copia_de_la_demo, sin_codigo, salida=5)
    assert "no lleva un código de verificación de Escritorio" in dice

    ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=copia_de_la_demo))
    codigo = codigo_de(tmp_path / "recibo.pdf")
    # El código solo en los metadatos (no en el papel), o uno en el texto y otro en los metadatos: alterado.
    solo_metadatos = _recibo_falso(tmp_path / "meta.pdf", "", "USD 500,00", con_codigo=False, en_metadatos=codigo)
    assert "el código no está en el texto del documento (solo en sus metadatos)" in \
        verificar(cli, copia_de_la_demo, solo_metadatos, salida=5)
    dos = _recibo_falso(tmp_path / "dos.pdf", codigo, "USD 500,00", en_metadatos="ZZZZ-ZZZZ-ZZZZ")
    assert "el del texto no coincide con el de los metadatos" in verificar(cli, copia_de_la_demo, dos, salida=5)

    dice = verificar(cli, base_cli, tmp_path / "recibo.pdf", salida=5)  # otra base: otra identidad
    assert f"El código {codigo} que lleva el archivo no es de ningún documento emitido por esta base" in dice
    assert f"Ningún documento emitido por esta base tiene el código {codigo}" in \
        verificar(cli, base_cli, "--codigo", codigo, salida=5)
    assert "Ningún documento emitido por esta base tiene el código ZZZZ-ZZZZ-ZZZZ" in \
        verificar(cli, copia_de_la_demo, "--codigo", "ZZZZ-ZZZZ-ZZZZ", salida=5)


def test_lo_que_no_es_un_pdf_se_explica_sin_traza(cli, copia_de_la_demo, tmp_path):
    (tmp_path / "nota.pdf").write_text("esto no es un PDF", encoding="utf-8")
    resultado = cli("documento", "verificar", tmp_path / "nota.pdf", db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == 1 and "nota.pdf no es un PDF" in resultado.stderr

    ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=copia_de_la_demo))
    roto = tmp_path / "roto.pdf"
    roto.write_bytes((tmp_path / "recibo.pdf").read_bytes()[:600])
    resultado = cli("documento", "verificar", roto, db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode in (1, 5), resultado.stderr
    if resultado.returncode == 1:
        assert "roto.pdf está dañado o incompleto" in resultado.stderr

    resultado = cli("documento", "verificar", tmp_path / "no-existe.pdf", db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == 1 and "No existe el archivo" in resultado.stderr
    resultado = cli("documento", "verificar", "--codigo", "12-34", db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == 1 and "no es un código de verificación" in resultado.stderr
    resultado = cli("documento", "verificar", db=copia_de_la_demo)
    assert resultado.returncode == 1 and "uno de los dos" in resultado.stderr


# --- estado de cuenta ------------------------------------------------------------------------------------------

def test_un_estado_de_cuenta_con_un_pago_posterior_queda_reemplazado(cli, copia_de_la_demo, tmp_path):
    ok(cli("cuotas", "estado-cuenta", "--miembro", 121, tmp_path / "cuenta.pdf", db=copia_de_la_demo))
    codigo = codigo_de(tmp_path / "cuenta.pdf")
    dice = verificar(cli, copia_de_la_demo, tmp_path / "cuenta.pdf", salida=0)
    assert "Auténtico y vigente." in dice and "Estado de cuenta" in dice and "Betim" in dice

    ok(cli("pagos", "registrar", "--miembro", 121, "--monto", "10", "--moneda", "USD",
           "--fecha", date.today().isoformat(), db=copia_de_la_demo))
    dice = verificar(cli, copia_de_la_demo, tmp_path / "cuenta.pdf", salida=4)
    assert dice.startswith("Auténtico pero reemplazado.")
    assert "movimientos que este estado de cuenta" in dice and "Pago, recibo" in dice and "USD 10,00" in dice
    # Uno nuevo, del mismo día, ya los trae: otro código, vigente.
    ok(cli("cuotas", "estado-cuenta", "--miembro", 121, tmp_path / "cuenta-nueva.pdf", db=copia_de_la_demo))
    assert codigo_de(tmp_path / "cuenta-nueva.pdf") != codigo
    assert verificar(cli, copia_de_la_demo, tmp_path / "cuenta-nueva.pdf", salida=0).startswith("Auténtico y vigente.")


# --- resoluciones ----------------------------------------------------------------------------------------------

def test_la_resolucion_en_pdf_dice_lo_que_la_base_y_verifica(cli, copia_de_la_demo, tmp_path):
    resoluciones = json.loads(ok(cli("resoluciones", "listar", "--json", db=copia_de_la_demo)))
    reforma = next(r for r in resoluciones if r["reforma_id"])
    listado = ok(cli("resoluciones", "listar", db=copia_de_la_demo))
    assert re.search(rf"^{re.escape(reforma['referencia'])}\s+{re.escape(reforma['cita'])}", listado, re.MULTILINE)

    salida = ok(cli("resoluciones", "pdf", reforma["id"], "--salida", tmp_path / "resolucion.pdf", db=copia_de_la_demo))
    assert "resolucion.pdf (1 página)" in salida
    texto = texto_pdf(tmp_path / "resolucion.pdf")
    assert reforma["cita"] in texto and reforma["titulo"] in texto
    for fragmento in ("Red de Ciudades del Sur", "sesión extraordinaria", "Punto", "Votación a mano alzada",
                      "Mayoría que pide la regla: Dos tercios", "Acta que la contiene", "aprobada el"):
        assert fragmento in texto, fragmento
    codigo = codigo_de(tmp_path / "resolucion.pdf")
    assert codigo in palabras_clave(tmp_path / "resolucion.pdf")
    from pypdf import PdfReader

    xmp = PdfReader(tmp_path / "resolucion.pdf").trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert f"Código de verificación: {codigo}</pdf:Keywords>" in xmp and ">2</pdfaid:part>" in xmp  # PDF/A-2B
    dice = verificar(cli, copia_de_la_demo, tmp_path / "resolucion.pdf", salida=0)
    assert reforma["cita"] in dice and "Auténtico y vigente." in dice

    # No pisa un archivo que no se pidió reemplazar; una resolución que no existe se explica.
    resultado = cli("resoluciones", "pdf", reforma["id"], "--salida", tmp_path / "resolucion.pdf", db=copia_de_la_demo)
    assert resultado.returncode == 1 and "--reemplazar" in resultado.stderr
    resultado = cli("resoluciones", "pdf", 999, "--salida", tmp_path / "otra.pdf", db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == 1 and "No existe la resolución 999" in resultado.stderr
    assert not (tmp_path / "otra.pdf").exists()


# --- PDF firmados digitalmente (ayudante C: tabla firmas_digitales) -----------------------------------------------

def test_un_acta_firmada_digitalmente_es_autentica_y_con_bytes_agregados_se_avisa(cli, copia_de_la_demo, tmp_path,
                                                                                  entorno_cli):
    from certificados import crear_certificado

    contrasena = "clave de prueba"
    p12, _pem = crear_certificado(tmp_path, "Lucía Fernández", contrasena)
    entorno = {**entorno_cli, "ESCRITORIO_CONTRASENA_CERTIFICADO": contrasena}
    sesion = sesion_con_acta(cli, copia_de_la_demo)
    ok(cli("firma", "acta", sesion, "--certificado", p12, db=copia_de_la_demo, entorno=entorno))
    [firma] = json.loads(ok(cli("firma", "listar", "--json", db=copia_de_la_demo)))
    ok(cli("firma", "exportar", firma["id"], "--salida", tmp_path / "firmada.pdf", db=copia_de_la_demo))

    dice = verificar(cli, copia_de_la_demo, tmp_path / "firmada.pdf", salida=0)
    assert dice.startswith("Auténtico y vigente.")
    assert "idéntico al PDF firmado digitalmente por Lucía Fernández" in dice
    assert f"Código de verificación: {codigo_de(tmp_path / 'firmada.pdf')}" in dice

    # Unos bytes agregados al final: ya no es el PDF firmado que la base guarda. Su texto sigue diciendo lo mismo
    # (se dice así), pero no se da por auténtico, y se avisa que sus firmas se comprueban con «firma verificar».
    (tmp_path / "tocada.pdf").write_bytes((tmp_path / "firmada.pdf").read_bytes() + b"\n% agregado\n")
    dice = verificar(cli, copia_de_la_demo, tmp_path / "tocada.pdf", salida=5)
    assert "no es idéntico byte a byte" in dice
    assert "AVISO: El archivo tiene firmas digitales, pero no es ninguno de los PDF firmados que la base guarda" in dice
