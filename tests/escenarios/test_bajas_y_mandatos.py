"""El año de la secretaria: Salto se va de la red el 01/06/2026 y deja su asiento en el Consejo ese día.

Estatuto de la demo, art. 10 (la baja) y art. 7 (los órganos los integran los miembros): la baja termina los
mandatos del miembro el día anterior, en la misma transacción; una suspensión también, solo si el estatuto lo dice
(asociaciones.articulo_suspension_mandatos). Un mandato que empieza después de la baja no se modifica (no puede
terminar antes de empezar ni borrarse): se informa para que se designe a otro miembro.
"""

import json
from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import (cambiar_estado, dar_de_baja, fijar_suspension_de_mandatos,
                                           mandatos_que_terminan)
from escritorio.servicios.organos import (NuevoMandato, NuevoOrgano, composicion, crear_organo, designar,
                                          mandatos_de)
from escritorio.servicios.base import abrir_base


def alta(db, asociacion, nombre, pais, ingreso=date(2000, 1, 1)) -> int:
    return guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=ingreso),
                         poblacion=(250_000, 2020, "Censo"))


@pytest.fixture
def red(db, asociacion_id) -> dict:
    """Consejo (2024-2026) con Rosario y Salto; Salto además coordina una unidad temática y está designado para el
    Consejo del período siguiente (desde el 01/12/2026)."""
    ciudades = {n: alta(db, asociacion_id, n, p) for n, p in [("Rosario", "AR"), ("Salto", "UY"), ("Paraná", "AR")]}
    contexto = Contexto(db, asociacion_id)
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo", articulo="Estatuto, art. 13"))
    unidad = crear_organo(contexto, NuevoOrgano("UT Cultura", "unidad_tematica", padre_id=consejo))
    for nombre in ("Rosario", "Salto"):
        designar(contexto, consejo, NuevoMandato("titular", date(2024, 12, 1), miembro_id=ciudades[nombre],
                                                 hasta=date(2026, 11, 30)))
    designar(contexto, unidad, NuevoMandato("coordinador", date(2025, 1, 1), miembro_id=ciudades["Salto"]))
    designar(contexto, consejo, NuevoMandato("titular", date(2026, 12, 1), miembro_id=ciudades["Salto"],
                                             hasta=date(2028, 11, 30)))
    # Un mandato que ya terminó antes de la baja no se toca.
    designar(contexto, consejo, NuevoMandato("suplente", date(2020, 1, 1), miembro_id=ciudades["Salto"],
                                             hasta=date(2021, 12, 31)))
    return {"asociacion": asociacion_id, "consejo": consejo, "unidad": unidad, **ciudades}


def en_el_consejo(db, red, al) -> list[str]:
    return sorted(a.miembro for a in composicion(Contexto(db, red["asociacion"]), red["consejo"], al).asientos)


def test_la_vista_previa_dice_que_termina_y_no_escribe_nada(db, red):
    previa = mandatos_que_terminan(db, red["Salto"], "baja", date(2026, 6, 1))

    assert [m.texto() for m in previa.terminan] == [
        "Consejo — Titular desde el 01/12/2024, hasta el 30/11/2026: termina el 31/05/2026",
        "UT Cultura — Coordinador desde el 01/01/2025, sin fin: termina el 31/05/2026"]
    assert [m.texto() for m in previa.empiezan_despues] == [
        "Consejo — Titular desde el 01/12/2026, hasta el 30/11/2028: empieza después; no se modifica "
        "(designe a otro miembro)"]
    assert previa.resumen() == ("La baja de Salto termina 2 mandatos el 31/05/2026 y 1 mandato empieza después y "
                                "no se modifica.")
    assert en_el_consejo(db, red, date(2026, 11, 1)) == ["Rosario", "Salto"]  # nada cambió todavía


def test_salto_se_va_el_1_de_junio_y_en_noviembre_no_esta_en_el_consejo(db, red):
    assert en_el_consejo(db, red, date(2026, 5, 31)) == ["Rosario", "Salto"]

    efecto = dar_de_baja(db, red["Salto"], date(2026, 6, 1), "Renuncia presentada por nota", red["asociacion"])

    assert len(efecto.terminan) == 2
    assert en_el_consejo(db, red, date(2026, 5, 31)) == ["Rosario", "Salto"]   # el último día todavía estaba
    assert en_el_consejo(db, red, date(2026, 11, 1)) == ["Rosario"]
    contexto = Contexto(db, red["asociacion"])
    mandato = next(m for m in mandatos_de(contexto, red["consejo"])
                   if m["miembro_id"] == red["Salto"] and m["desde"] == "2024-12-01")
    assert mandato["hasta"] == "2026-05-31"
    [correccion] = mandato["correcciones"]
    assert (correccion["campo"], correccion["antes"], correccion["despues"]) == ("hasta", "2026-11-30", "2026-05-31")
    assert correccion["motivo"] == "Baja del miembro el 01/06/2026: Renuncia presentada por nota"
    # El mandato de la UT (sin fin) también termina; el viejo (2020-2021) y el futuro (2026-2028) no se tocan.
    [ut] = mandatos_de(contexto, red["unidad"])
    assert ut["hasta"] == "2026-05-31"
    hasta = {m["desde"]: m["hasta"] for m in mandatos_de(contexto, red["consejo"])
             if m["miembro_id"] == red["Salto"]}
    assert hasta == {"2020-01-01": "2021-12-31", "2024-12-01": "2026-05-31", "2026-12-01": "2028-11-30"}


def test_la_baja_y_el_fin_de_los_mandatos_van_juntos_o_no_va_ninguno(db, red):
    # Un motivo vacío rechaza la baja: ningún mandato termina.
    with pytest.raises(ErrorEscritorio):
        dar_de_baja(db, red["Salto"], date(2026, 6, 1), "  ", red["asociacion"])
    assert en_el_consejo(db, red, date(2026, 11, 1)) == ["Rosario", "Salto"]
    assert all(not m["correcciones"] for m in mandatos_de(Contexto(db, red["asociacion"]), red["consejo"]))


def test_si_los_mandatos_cambiaron_despues_de_la_vista_previa_no_se_registra_nada(db, red):
    previa = mandatos_que_terminan(db, red["Salto"], "baja", date(2026, 6, 1))
    # Entre la vista previa y la confirmación, otra ventana designa a Salto en otro órgano.
    designar(Contexto(db, red["asociacion"]), red["unidad"], NuevoMandato("subcoordinador", date(2026, 1, 1),
                                                                          miembro_id=red["Salto"]))

    with pytest.raises(ErrorEscritorio, match="mientras lo confirmaba, otro programa cambió los mandatos de Salto"):
        dar_de_baja(db, red["Salto"], date(2026, 6, 1), "Renuncia", red["asociacion"],
                    confirmados={m.mandato_id for m in previa.terminan})
    assert db.execute("SELECT count(*) FROM estados_miembro WHERE estado = 'baja'").fetchone()[0] == 0


def test_una_suspension_no_termina_mandatos_si_el_estatuto_no_lo_dice(db, red):
    previa = mandatos_que_terminan(db, red["Salto"], "suspendido", date(2026, 6, 1))
    assert previa.terminan == [] and "el estatuto no lo dice" in previa.nota

    cambiar_estado(db, red["Salto"], "suspendido", date(2026, 6, 1), "Falta de pago", red["asociacion"])

    assert en_el_consejo(db, red, date(2026, 11, 1)) == ["Rosario", "Salto"]


def test_una_suspension_termina_los_mandatos_si_el_estatuto_lo_dice(db, red, ruta_db):
    contexto = Contexto(db, red["asociacion"])
    fijar_suspension_de_mandatos(contexto, "Estatuto, art. 9 bis")

    efecto = cambiar_estado(db, red["Salto"], "suspendido", date(2026, 6, 1), "Falta de pago", red["asociacion"])

    assert efecto.resumen().startswith("La suspensión de Salto (Estatuto, art. 9 bis) termina 2 mandatos el 31/05/2026")
    otra = abrir_base(ruta_db)  # otra conexión lee lo confirmado
    try:
        motivos = [c["motivo"] for m in mandatos_de(Contexto(otra, red["asociacion"]),
                                                    red["consejo"]) for c in m["correcciones"]]
        assert motivos == ["Suspensión del miembro el 01/06/2026 (Estatuto, art. 9 bis): Falta de pago"]
    finally:
        otra.close()
    # Sin artículo, vuelve a no tocarlos.
    fijar_suspension_de_mandatos(contexto, "  ")
    assert db.execute("SELECT articulo_suspension_mandatos FROM asociaciones").fetchone()[0] is None


# --- la línea de órdenes --------------------------------------------------------------------------------------

def test_cli_baja_informa_lo_que_termino(db, red, ruta_db, cli):
    db.close()
    simulada = cli("miembros", "baja", red["Salto"], "--fecha", "2026-06-01", "--motivo", "Renuncia", "--simular",
                   db=ruta_db)
    assert simulada.returncode == 0, simulada.stderr
    assert "Simulación (no se registró nada)" in simulada.stdout
    assert "Consejo — Titular desde el 01/12/2024, hasta el 30/11/2026: termina el 31/05/2026" in simulada.stdout

    hecha = cli("miembros", "baja", red["Salto"], "--fecha", "2026-06-01", "--motivo", "Renuncia", db=ruta_db)

    assert hecha.returncode == 0, hecha.stderr
    assert "Salto dado de baja desde el 01/06/2026." in hecha.stdout
    assert "La baja de Salto termina 2 mandatos el 31/05/2026 y 1 mandato empieza después" in hecha.stdout
    assert "UT Cultura — Coordinador desde el 01/01/2025, sin fin: termina el 31/05/2026" in hecha.stdout
    base = abrir_base(ruta_db)
    try:
        assert en_el_consejo(base, red, date(2026, 11, 1)) == ["Rosario"]
    finally:
        base.close()


def test_cli_fija_el_articulo_por_el_que_la_suspension_termina_mandatos(db, red, ruta_db, cli):
    db.close()
    hecha = cli("miembros", "suspension-mandatos", "--articulo", "Estatuto, art. 9 bis", db=ruta_db)
    assert hecha.returncode == 0, hecha.stderr
    assert "Estatuto, art. 9 bis" in hecha.stdout
    simulada = cli("miembros", "suspender", red["Salto"], "--fecha", "2026-06-01", "--motivo", "Falta de pago",
                   "--simular", "--json", db=ruta_db)
    assert simulada.returncode == 0, simulada.stderr
    datos = json.loads(simulada.stdout)
    assert [m["organo"] for m in datos["terminan"]] == ["Consejo", "UT Cultura"]
    assert datos["registrado"] is False

    quitada = cli("miembros", "suspension-mandatos", db=ruta_db)
    assert quitada.returncode == 0 and "no termina los mandatos" in quitada.stdout


def test_el_asiento_ocupado_en_nombre_del_que_se_va_tambien_termina(db, red):
    # Paraná ocupa en la UT un lugar en nombre de Salto: si Salto se va, ese lugar también termina.
    contexto = Contexto(db, red["asociacion"])
    designar(contexto, red["unidad"], NuevoMandato("subcoordinador", date(2025, 3, 1),
                                                   miembro_id=red["Paraná"], en_nombre_de=red["Salto"]))
    # Un mandato que empieza el mismo día de la baja no puede terminar el día anterior: no se modifica.
    designar(contexto, red["unidad"], NuevoMandato("integrante", date(2026, 6, 1), miembro_id=red["Salto"]))

    efecto = dar_de_baja(db, red["Salto"], date(2026, 6, 1), "Renuncia", red["asociacion"])

    assert ("UT Cultura — Subcoordinador desde el 01/03/2025, sin fin (ocupado por Paraná en su nombre): termina el "
            "31/05/2026") in efecto.lineas()
    assert [m.cargo for m in efecto.empiezan_despues] == ["titular", "integrante"]
    hasta = {m["cargo"]: m["hasta"] for m in mandatos_de(contexto, red["unidad"])}
    assert hasta == {"coordinador": "2026-05-31", "subcoordinador": "2026-05-31", "integrante": None}


def test_si_solo_hay_mandatos_futuros_la_baja_lo_dice(db, red):
    # Rosario entra al Consejo el 01/12/2024: una baja en noviembre no termina nada, pero avisa del mandato futuro.
    previa = mandatos_que_terminan(db, red["Rosario"], "baja", date(2024, 11, 1))
    assert previa.terminan == []
    assert previa.resumen() == ("La baja de Rosario no termina ningún mandato; 1 mandato empieza después y no se "
                                "modifica.")
    assert mandatos_que_terminan(db, red["Paraná"], "baja", date(2024, 11, 1)).resumen() == (
        "La baja no termina ningún mandato: Paraná no tiene mandatos vigentes desde el 01/11/2024.")
