"""Cualquiera puede comprobar un papel (issue 43, punto 3), por la línea de órdenes: la
secretaría fija la dirección pública de su sitio con «asociacion editar --direccion-publica», los documentos que
imprime después llevan en el QR la página de verificación de cada uno y dicen dónde verificarlo, y «documento
verificar» sigue reconociendo sin conexión los papeles viejos (el QR con el código solo) y los nuevos (la
dirección), por el archivo, por el código o por lo que leyó el QR."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ayudas import sin_traza

DIRECCION = "https://mercociudades.org/escritorio"
CODIGO = re.compile(r"Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def texto_pdf(ruta: Path) -> str:
    from pypdf import PdfReader

    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)
    return re.sub(r"/ (?=\S)", "/", texto)   # una dirección partida después de una «/», junta


def codigo_de(ruta: Path) -> str:
    codigos = set(CODIGO.findall(texto_pdf(ruta)))
    assert len(codigos) == 1, codigos
    return codigos.pop()


def qr_de(ruta: Path, tmp_path: Path) -> str:
    """Lo que lee zbarimg del QR del papel dibujado a 70 dpi."""
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("sin zbarimg (zbar-tools) o pdftoppm (poppler-utils) para leer el QR de la imagen")
    imagen = tmp_path / f"{ruta.stem}-qr"
    # PPM: los mismos píxeles que un PNG, sin el costo de comprimirlos.
    subprocess.run(["pdftoppm", "-r", "70", "-singlefile", str(ruta), str(imagen)], check=True, timeout=60)
    leido = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{imagen}.ppm"], capture_output=True, text=True,
                           timeout=60).stdout.split()
    assert len(leido) == 1, leido
    return leido[0]


def verificar(cli, base, *argumentos, salida: int = 0) -> str:
    resultado = cli("documento", "verificar", *argumentos, db=base)
    sin_traza(resultado)
    assert resultado.returncode == salida, (resultado.returncode, resultado.stdout, resultado.stderr)
    return " ".join(resultado.stdout.split())


def test_fijar_la_direccion_publica_cambia_el_qr_de_los_papeles_nuevos_y_los_viejos_siguen_verificando(
        cli, copia_de_la_demo, tmp_path):
    demo = copia_de_la_demo
    # Un recibo impreso antes: su QR lleva el código solo.
    ok(cli("pagos", "recibo", 1, tmp_path / "viejo.pdf", db=demo))
    viejo = codigo_de(tmp_path / "viejo.pdf")
    assert qr_de(tmp_path / "viejo.pdf", tmp_path) == viejo
    assert "Verifíquelo contra el registro" in texto_pdf(tmp_path / "viejo.pdf")

    # Una dirección que no sirve: se explica, y no se guarda nada.
    mal = cli("asociacion", "editar", "--direccion-publica", "mercociudades.org/escritorio", db=demo)
    sin_traza(mal)
    assert mal.returncode == 1 and mal.stdout == ""
    assert ("Dirección pública de verificación: «mercociudades.org/escritorio» no sirve: falta «https://» al "
            "principio; escríbala completa, por ejemplo https://mercociudades.org/escritorio.") in mal.stderr

    # La buena se guarda limpia, la bitácora la anota y «asociacion listar» la muestra.
    hecho = ok(cli("asociacion", "editar", "--direccion-publica", "HTTPS://Mercociudades.org/escritorio/",
                           db=demo))
    assert f"Dirección pública de verificación: «(vacío)» → «{DIRECCION}»" in hecho
    assert f"lleva su página de verificación ({DIRECCION}/verificar/XXXX-XXXX-XXXX.html)" in hecho
    assert f"verificación pública: {DIRECCION}" in ok(cli("asociacion", "listar", db=demo))
    assert json.loads(ok(cli("asociacion", "listar", "--json", db=demo)))[0]["direccion_publica"] == DIRECCION
    assert "Cambio en los datos de la asociación Red de Ciudades del Sur (ejemplo) (RCS): direccion publica" in \
        ok(cli("bitacora", "listar", db=demo))

    # El recibo que se imprime ahora: el QR lleva su página y el papel dice dónde verificarlo.
    ok(cli("pagos", "recibo", 2, tmp_path / "nuevo.pdf", db=demo))
    nuevo = codigo_de(tmp_path / "nuevo.pdf")
    pagina = f"{DIRECCION}/verificar/{nuevo}.html"
    assert qr_de(tmp_path / "nuevo.pdf", tmp_path) == pagina
    assert f"Verifíquelo en {pagina} o con el código {nuevo} en Escritorio." in texto_pdf(tmp_path / "nuevo.pdf")

    # La verificación sin conexión, como siempre: el papel viejo y el nuevo, por el archivo y por el código; y por
    # lo que leyó el QR del nuevo (la dirección), con --codigo o en lugar del archivo.
    for ruta in ("viejo.pdf", "nuevo.pdf"):
        assert verificar(cli, demo, tmp_path / ruta).startswith("Auténtico y vigente.")
    assert f"Código de verificación: {viejo}" in verificar(cli, demo, "--codigo", viejo)
    for leido in (["--codigo", pagina], [pagina]):
        dice = verificar(cli, demo, *leido)
        assert dice.startswith("Auténtico y vigente.") and f"Código de verificación: {nuevo}" in dice
        assert "Recibo N.º 0002/2020" in dice
    # Una dirección con un código que no es de esta base es desconocida (5), y una sin código se explica (1).
    ajeno = pagina.replace(nuevo, "0000-0000-0000")
    assert verificar(cli, demo, "--codigo", ajeno, salida=5).startswith("Alterado o desconocido.")
    sin_codigo = cli("documento", "verificar", "--codigo", f"{DIRECCION}/", db=demo)
    sin_traza(sin_codigo)
    assert sin_codigo.returncode == 1 and "no es un código de verificación" in sin_codigo.stderr

    # La reimpresión del recibo viejo lleva ahora la dirección, con el mismo código; las dos copias verifican.
    ok(cli("pagos", "recibo", 1, tmp_path / "reimpreso.pdf", db=demo))
    assert qr_de(tmp_path / "reimpreso.pdf", tmp_path) == f"{DIRECCION}/verificar/{viejo}.html"
    assert "idéntico byte a byte a la copia 1" in verificar(cli, demo, tmp_path / "reimpreso.pdf")
    assert "idéntico byte a byte al original" in verificar(cli, demo, tmp_path / "viejo.pdf")

    # Quitarla («""»): los papeles siguientes vuelven al código solo.
    assert "lleva solo el código de verificación" in ok(cli("asociacion", "editar", "--direccion-publica", "",
                                                             db=demo))
    ok(cli("cuotas", "estado-cuenta", "--miembro", 5, tmp_path / "estado.pdf", db=demo))
    assert qr_de(tmp_path / "estado.pdf", tmp_path) == codigo_de(tmp_path / "estado.pdf")
    assert "https://" not in texto_pdf(tmp_path / "estado.pdf")


def test_un_papel_con_el_codigo_bueno_y_otra_direccion_no_pasa_por_autentico(cli, copia_de_la_demo, tmp_path):
    """Quien rehace un recibo con el mismo programa, el mismo código y el mismo registro, pero con el QR y el texto
    apuntando a otro sitio (uno que diga «auténtico»): la base no reconoce ese texto."""
    from pypdf import PdfReader

    from escritorio.documentos.pdf.recibo import escribir_recibo_pdf
    from escritorio.dominio.verificacion import Sello
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.pagos import obtener_pago

    demo = copia_de_la_demo
    ok(cli("asociacion", "editar", "--direccion-publica", DIRECCION, db=demo))
    ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=demo))
    codigo = codigo_de(tmp_path / "recibo.pdf")
    claves = str(PdfReader(tmp_path / "recibo.pdf").metadata["/Keywords"])
    sello, huella = re.search(r"sello (\d+), SHA-256 ([0-9a-f]{64})", claves).groups()
    db = abrir_base(demo)
    pago = obtener_pago(Contexto(db, 1), 1)
    db.close()

    def rehecho(ruta: Path, direccion: str) -> Path:
        escribir_recibo_pdf(ruta, asociacion="Red de Ciudades del Sur (ejemplo)", sigla="RCS", papel="A4", pago=pago,
                            registro=(int(sello), huella), sello=Sello(codigo, 0, direccion))
        return ruta

    # Rehecho con la misma dirección, dice lo mismo palabra por palabra (y aun así no es el archivo emitido).
    igual = verificar(cli, demo, rehecho(tmp_path / "igual.pdf", f"{DIRECCION}/verificar/{codigo}.html"), salida=5)
    assert "su texto dice lo mismo que el original emitido, palabra por palabra" in igual
    # Con otra dirección: su texto no es el emitido, y se dice dónde se aparta.
    falso = f"https://verifique-aqui.example/verificar/{codigo}.html"
    dice = verificar(cli, demo, rehecho(tmp_path / "falso.pdf", falso), salida=5)
    assert dice.startswith("Alterado o desconocido.") and f"lleva el código {codigo}" in dice
    assert "palabra por palabra" not in dice
    assert "verifique-aqui.example" in dice and "mercociudades.org" in dice
