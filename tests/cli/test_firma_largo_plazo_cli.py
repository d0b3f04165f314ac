"""La secretaría firma a largo plazo desde la consola (la CLI por la entrada del programa): «firma acta … --nivel
B-LT --sello-tiempo URL» contra la autoridad local (`tests/pki_local.py`, en 127.0.0.1), «--nivel B-LTA», y sin
conexión con los archivos de su autoridad (--cadena, --crl). «firma verificar» dice el nivel de cada firma y si se
puede validar a largo plazo; lo que falta para un nivel se dice antes de pedir la contraseña y no guarda nada."""

import json

import pytest

from pki_local import PKILocal
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.firmantes import firmantes_del_acta
from escritorio.servicios.sesiones import listar_sesiones

CLAVE = "clave de la presidenta"


@pytest.fixture
def pki(tmp_path):
    with PKILocal(tmp_path / "pki") as autoridad:
        yield autoridad


@pytest.fixture
def orden(cli, entorno_cli, copia_de_la_demo):
    """orden(*argumentos, contrasena=...) -> CompletedProcess: `escritorio --db BASE …` por la entrada del programa
    (la fixture `cli`, con la entrada vacía: sin consola), con la contraseña en la variable de entorno (None: sin
    ella)."""

    def ejecutar(*argumentos, contrasena: str | None = CLAVE):
        entorno = dict(entorno_cli)
        entorno.pop("ESCRITORIO_CONTRASENA_CERTIFICADO", None)
        if contrasena is not None:
            entorno["ESCRITORIO_CONTRASENA_CERTIFICADO"] = contrasena
        return cli(*argumentos, db=copia_de_la_demo, entorno=entorno)

    return ejecutar


@pytest.fixture
def sesion_y_presidencia(copia_de_la_demo) -> tuple[int, str, str]:
    """Una sesión con el acta aprobada, el nombre de quien la preside y su cargo (los de su línea de firma)."""
    db = abrir_base(copia_de_la_demo, crear=False)
    try:
        contexto = Contexto(db, 1)
        sesion = next(s["id"] for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
        contenido = obtener_acta(contexto, sesion).contenido
        presidencia = firmantes_del_acta(contexto, sesion, contenido.preside, contenido.secretaria)[0]
        return sesion, presidencia.nombre, presidencia.cargo
    finally:
        db.close()


def firmas_guardadas(base) -> int:
    db = abrir_base(base, crear=False)
    try:
        return db.execute("SELECT count(*) FROM firmas_digitales").fetchone()[0]
    finally:
        db.close()


def test_b_lt_y_b_lta_por_la_consola_y_verificar_dice_el_nivel(orden, pki, sesion_y_presidencia, tmp_path):
    sesion, presidencia, cargo = sesion_y_presidencia
    p12 = pki.emitir_firmante(presidencia, CLAVE)
    firmado = orden("firma", "acta", sesion, "--certificado", p12, "--nivel", "B-LT", "--sello-tiempo", pki.url_tsa,
                    "--salida", tmp_path / "acta-lt.pdf")
    assert firmado.returncode == 0, firmado.stderr
    assert f"Se ve sobre la línea de firma de {cargo}: {presidencia}." in firmado.stdout
    assert "Nivel B-LT: validación a largo plazo posible" in firmado.stdout
    assert pki.pedidos["tsa"] >= 1
    # Verificar sin red (la autoridad no recibe nada más), confiando en su raíz: válida, B-LT, largo plazo.
    pedidos = sum(pki.pedidos.values())
    verificado = orden("firma", "verificar", tmp_path / "acta-lt.pdf", "--confianza", pki.archivo_raiz, "--json")
    assert verificado.returncode == 0, verificado.stdout + verificado.stderr
    assert sum(pki.pedidos.values()) == pedidos
    [firma] = json.loads(verificado.stdout)["firmas"]
    assert (firma["nivel"], firma["largo_plazo"], firma["con_sello_de_tiempo"]) == ("B-LT", True, True)
    texto = orden("firma", "verificar", tmp_path / "acta-lt.pdf", "--confianza", pki.archivo_raiz).stdout
    assert "Nivel: B-LT — validación a largo plazo posible" in texto

    # La secretaría firma encima en B-LTA: el PDF gana un sello de tiempo del documento.
    secretaria = pki.emitir_firmante("Secretaría Prueba", CLAVE, con_cadena=True, archivo="secretaria.p12")
    segunda = orden("firma", "acta", sesion, "--certificado", secretaria, "--nivel", "b-lta", "--sello-tiempo",
                    pki.url_tsa, "--salida", tmp_path / "acta-lta.pdf", "--json")
    assert segunda.returncode == 0, segunda.stderr
    assert (json.loads(segunda.stdout)["nivel"], json.loads(segunda.stdout)["numero_de_firma"]) == ("B-LTA", 2)
    informe = json.loads(orden("firma", "verificar", tmp_path / "acta-lta.pdf", "--confianza", pki.archivo_raiz,
                               "--json").stdout)
    assert [f["nivel"] for f in informe["firmas"]] == ["B-LTA", "B-LTA"]
    assert [s["integro"] for s in informe["sellos_de_documento"]] == [True]
    assert informe["integras"] and informe["confiables"]


def test_sin_conexion_con_los_archivos_de_la_autoridad(orden, pki, sesion_y_presidencia, tmp_path):
    sesion, presidencia, _cargo = sesion_y_presidencia
    p12 = pki.emitir_firmante(presidencia, CLAVE)
    raiz_crl, intermedia_crl = pki.guardar_crls()
    pki.pedidos.clear()
    firmado = orden("firma", "acta", sesion, "--certificado", p12, "--nivel", "B-LT", "--cadena", pki.archivo_raiz,
                    "--cadena", pki.archivo_intermedia, "--crl", raiz_crl, "--crl", intermedia_crl,
                    "--salida", tmp_path / "acta.pdf")
    assert firmado.returncode == 0, firmado.stderr
    assert sum(pki.pedidos.values()) == 0
    assert "con los datos de validación a largo plazo" in firmado.stdout and "no llega a B-LT" in firmado.stdout
    [firma] = json.loads(orden("firma", "verificar", tmp_path / "acta.pdf", "--confianza", pki.archivo_raiz,
                               "--json").stdout)["firmas"]
    assert (firma["nivel"], firma["largo_plazo"], firma["confiable"]) == ("B-B", True, True)


def test_lo_que_falta_se_dice_antes_de_pedir_la_contrasena_y_no_guarda_nada(orden, pki, sesion_y_presidencia,
                                                                           copia_de_la_demo):
    sesion, presidencia, _cargo = sesion_y_presidencia
    p12 = pki.emitir_firmante(presidencia, CLAVE)
    sin_sello = orden("firma", "acta", sesion, "--certificado", p12, "--nivel", "B-LTA", contrasena=None)
    assert sin_sello.returncode == 1
    assert "B-LTA necesita un servidor de sello de tiempo" in sin_sello.stderr
    assert "contraseña" not in sin_sello.stderr.lower() and "Traceback" not in sin_sello.stderr
    nivel_raro = orden("firma", "acta", sesion, "--certificado", p12, "--nivel", "B-XL", contrasena=None)
    assert nivel_raro.returncode == 1 and "no es un nivel de firma" in nivel_raro.stderr
    sin_lt = orden("firma", "acta", sesion, "--certificado", p12, "--crl", pki.guardar_crls()[0], contrasena=None)
    assert sin_lt.returncode == 1 and "solo B-LT y B-LTA llevan los datos de validación" in sin_lt.stderr
    # Con la contraseña: sin la CRL de la intermedia y sin su certificado, dice qué falta y de dónde sale.
    falta = orden("firma", "acta", sesion, "--certificado", p12, "--nivel", "B-LT", "--crl", pki.guardar_crls()[0])
    assert falta.returncode == 1
    assert "falta el certificado de «CA Firmas de Prueba»" in falta.stderr and "--cadena" in falta.stderr
    assert firmas_guardadas(copia_de_la_demo) == 0
