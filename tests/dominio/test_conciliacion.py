"""¿De qué miembro es este cobro? Cada regla del reconocimiento (referencia de pago, código oficial, nombre,
importe adeudado), con su confianza y su motivo, y las dudas que se preguntan en lugar de adivinarse."""

import pytest

from escritorio.dominio.conciliacion import (NINGUNA, PROBABLE, SEGURA, Conciliador, MiembroConciliable,
                                             digito_verificador, prefijo_de_referencia, referencia_de_pago,
                                             referencias_en)

MIEMBROS = [
    MiembroConciliable(12, "Montevideo", "UY", None, {"USD": 60000}),
    MiembroConciliable(13, "San José", "CR", None, {"USD": 15000}),
    MiembroConciliable(14, "San José", "UY", None, {"USD": 60000}),
    MiembroConciliable(15, "San José de Mayo", "UY", None, {}),
    MiembroConciliable(16, "Municipalidad de Rosario", "AR", "8200", {"USD": 120000}),
    MiembroConciliable(17, "São Paulo", "BR", "3550308", {"USD": 240000, "BRL": 50000}),
    MiembroConciliable(18, "Salto", "UY", None, {"USD": 777}),
    MiembroConciliable(1234, "Paysandú", "UY", "12", {}),   # un código corto no se busca en el texto
]


@pytest.fixture
def conciliador():
    return Conciliador(MIEMBROS, "R.C.S.")


def test_la_referencia_de_pago_lleva_la_sigla_el_id_y_un_digito_verificador():
    assert referencia_de_pago("RCS", 12) == "RCS-0012-5"
    assert referencia_de_pago("R.C.S.", 1234) == "RCS-1234-4"
    assert referencia_de_pago("Mercociudades", 7) == "MERCOCIU-0007-5"   # hasta ocho letras
    assert referencia_de_pago("", 7) == "REF-0007-5" and prefijo_de_referencia("2020") == "REF"
    # Luhn: una cifra cambiada o dos vecinas invertidas cambian el dígito
    assert digito_verificador(12) != digito_verificador(21) and digito_verificador(12) != digito_verificador(13)


def test_la_referencia_se_reconoce_escrita_de_varias_maneras():
    for texto in ("TRANSF RCS-0012-5 CUOTA", "rcs 0012 5", "RCS00125", "ref: RCS/12/5", "RCS-12-5"):
        assert referencias_en(texto, "RCS") == [(12, referencias_en(texto, "RCS")[0][1], True)], texto
    assert referencias_en("XRCS-0012-5", "RCS") == []   # otra palabra que termina en la sigla
    assert referencias_en("RCS-0012-4", "RCS")[0][2] is False


def test_una_referencia_valida_es_segura(conciliador):
    propuesta = conciliador.proponer("TRANSF RECIBIDA RCS-0012-5", 1, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.motivo) == (12, SEGURA, "referencia")
    assert propuesta.explicacion == "referencia de pago RCS-0012-5"


def test_una_referencia_con_el_digito_equivocado_no_cuenta_y_se_dice(conciliador):
    propuesta = conciliador.proponer("TRANSF RCS-0012-4", 3, "USD")
    assert (propuesta.miembro_id, propuesta.confianza) == (None, NINGUNA)
    assert "la referencia RCS-0012-4 tiene el dígito verificador equivocado y no se usó" in propuesta.explicacion


def test_la_referencia_y_otro_nombre_en_el_texto_se_preguntan(conciliador):
    propuesta = conciliador.proponer("RCS-0012-5 MUNICIPALIDAD DE ROSARIO", 1, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.candidatos) == (12, PROBABLE, (12, 16))
    assert propuesta.explicacion == ("referencia de pago RCS-0012-5, pero el texto también nombra a Municipalidad de "
                                     "Rosario")


def test_el_codigo_oficial_como_palabra_entera(conciliador):
    propuesta = conciliador.proponer("PAGO IBGE 3550308", 5, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.motivo) == (17, SEGURA, "codigo")
    assert conciliador.proponer("PAGO 35503081", 5, "USD").miembro_id is None   # no es el código
    assert conciliador.proponer("FACTURA 12", 5, "USD").miembro_id is None      # un código corto no se busca


@pytest.mark.parametrize("texto, miembro", [
    ("TRANSFERENCIA DE MONTEVIDEO", 12),
    ("PREFEITURA DE SAO PAULO", 17),              # sin tildes ni mayúsculas
    ("MUNIC. ROSARIO CUOTA 2026", 16),            # «Municipalidad de Rosario» también es «Rosario»
    ("PAGO SAN JOSE DE MAYO", 15),                # el nombre más largo gana sobre «San José»
])
def test_el_nombre_en_el_texto(conciliador, texto, miembro):
    propuesta = conciliador.proponer(texto, 1, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.motivo) == (miembro, SEGURA, "nombre")


def test_un_nombre_dentro_de_otra_palabra_no_cuenta(conciliador):
    assert conciliador.proponer("SALTOS DE AGUA", 1, "USD").miembro_id is None


def test_dos_miembros_con_el_mismo_nombre_se_preguntan_y_el_importe_propone_uno(conciliador):
    propuesta = conciliador.proponer("PAGO SAN JOSE", 15000, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.motivo) == (13, PROBABLE, "nombre_e_importe")
    assert propuesta.explicacion == ("el texto nombra a 2 miembros: San José (CR), San José (UY); solo San José debe "
                                     "exactamente USD 150,00")
    sin_pista = conciliador.proponer("PAGO SAN JOSE", 99, "USD")
    assert (sin_pista.miembro_id, sin_pista.confianza, sin_pista.candidatos) == (None, NINGUNA, (13, 14))


def test_el_nombre_exacto_en_la_columna_de_quien_paga(conciliador):
    propuesta = conciliador.proponer("cuota 2026", 1, "USD", quien="montevideo")
    assert (propuesta.miembro_id, propuesta.confianza) == (12, SEGURA)


def test_el_unico_que_debe_ese_importe_se_propone_pero_se_pregunta(conciliador):
    propuesta = conciliador.proponer("DEPOSITO EN EFECTIVO", 777, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.motivo) == (18, PROBABLE, "importe")
    assert "Salto es el único miembro que debe exactamente USD 7,77" in propuesta.explicacion
    # en otra moneda no cuenta; dos que deben lo mismo: ninguno, con los dos como candidatos
    assert conciliador.proponer("DEPOSITO", 777, "BRL").miembro_id is None
    varios = conciliador.proponer("DEPOSITO", 60000, "USD")
    assert (varios.miembro_id, varios.confianza, varios.candidatos) == (None, NINGUNA, (12, 14))
    assert "2 miembros deben exactamente USD 600,00" in varios.explicacion


def test_nada_reconocido(conciliador):
    propuesta = conciliador.proponer("INTERESES GANADOS", 5, "USD")
    assert (propuesta.miembro_id, propuesta.confianza, propuesta.explicacion) == (
        None, NINGUNA, "ningún miembro reconocido en el texto")


def test_lo_que_deben_se_pide_solo_cuando_una_regla_lo_necesita():
    """Con las deudas pedidas aparte (el servicio las suma de todos los cargos: con 100.000 miembros y diez años, un
    millón), un extracto con la referencia de pago en cada línea no las pide nunca; la primera línea sin referencia
    las pide una vez, y las propuestas son las mismas que con las deudas de cada miembro."""
    pedidos = []

    def deudas():
        pedidos.append(1)
        return {m.id: m.deudas for m in MIEMBROS}

    sin_deudas = [MiembroConciliable(m.id, m.nombre, m.pais, m.codigo) for m in MIEMBROS]
    perezoso, de_siempre = Conciliador(sin_deudas, "R.C.S.", deudas=deudas), Conciliador(MIEMBROS, "R.C.S.")
    con_referencia = perezoso.proponer(f"TRANSF {referencia_de_pago('RCS', 12)}", 60000, "USD")
    assert (con_referencia.miembro_id, con_referencia.confianza) == (12, SEGURA) and pedidos == []
    for texto, importe, moneda in (("DEPOSITO EN EFECTIVO", 777, "USD"), ("DEPOSITO", 60000, "USD"),
                                   ("TRANSF SAN JOSE", 15000, "USD"), ("PAGO SALTO", 5, "USD")):
        assert perezoso.proponer(texto, importe, moneda) == de_siempre.proponer(texto, importe, moneda), texto
    assert pedidos == [1]
