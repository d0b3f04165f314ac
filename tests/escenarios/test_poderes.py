"""Los poderes en el Consejo a lo largo del año (Estatuto de la demo, art. 21, reformado en 2026).

Un poder va solo a un integrante del Consejo con voto en esa sesión; cada portador lleva hasta el máximo que dice el
artículo vigente el día de la sesión: dos antes de la reforma, tres desde el día siguiente.
"""

from datetime import date, timedelta

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum

REFORMA = date(2026, 7, 1)  # el art. 21 reformado rige desde este día
CIUDADES = ("Rosario", "Paraná", "Córdoba", "Curitiba", "Porto Alegre", "Salto", "Montevideo")


@pytest.fixture
def red(db, asociacion_id) -> dict:
    contexto = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, "Censo")) for n in CIUDADES + ("Florianópolis",)}
    # Salto debe dos cuotas: el art. 9 le suspende el voto.
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    emitir(contexto, 2024)
    emitir(contexto, 2025)
    for nombre, miembro in ids.items():
        if nombre != "Salto":
            registrar_pago(contexto, NuevoPago(miembro, date(2025, 6, 1), "1000.00", "USD"))
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for nombre in CIUDADES:
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=ids[nombre],
                                                 con_voto=nombre != "Montevideo"))
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(articulo="Estatuto, art. 19"), poderes_maximos=2,
                       articulo_poderes="Estatuto, art. 21")
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(articulo="Estatuto, art. 19"), poderes_maximos=3,
                       articulo_poderes="Estatuto, art. 21 (reforma 2026)", vigente_desde=REFORMA)
    return {"asociacion": asociacion_id, "consejo": consejo, **ids}


def sesion(db, red, fecha: date) -> int:
    return convocar(Contexto(db, red["asociacion"]), red["consejo"],
                    NuevaSesion(fecha=fecha, lugar="Montevideo", hora="10:00", convocada_el=fecha - timedelta(days=30)))


@pytest.mark.parametrize("portador, motivo", [
    ("Florianópolis", "Florianópolis (id {id}) no integra el órgano en la sesión del 15/03/2026"),
    ("Montevideo", "Montevideo (id {id}) integra el órgano sin voto en la sesión del 15/03/2026"),
    ("Salto", "Salto (id {id}) tiene el voto suspendido por cuotas impagas (Estatuto, art. 9) en la sesión del "
              "15/03/2026"),
])
def test_un_poder_solo_va_a_un_integrante_con_voto(db, red, portador, motivo):
    s = sesion(db, red, date(2026, 3, 15))
    contexto = Contexto(db, red["asociacion"])
    registrar_asistencias(contexto, s,
                          [MarcaAsistencia(red[portador], "presente")]) if portador != "Florianópolis" else None

    with pytest.raises(ErrorEscritorio) as error:
        registrar_asistencias(contexto, s, [MarcaAsistencia(red["Córdoba"], "ausente", poder_a=red[portador])])

    assert str(error.value).startswith("No se registró el poder de Córdoba: " + motivo.format(id=red[portador]))
    assert "elija a otro portador" in str(error.value)
    cordoba = next(h for h in asistencia(contexto, s).habilitados if h.miembro_id == red["Córdoba"])
    assert cordoba.poder_a is None  # nada quedó anotado


def test_en_marzo_el_maximo_es_dos_y_desde_la_reforma_tres(db, red):
    marzo = sesion(db, red, date(2026, 3, 15))
    presentes = [MarcaAsistencia(red["Rosario"], "presente")]
    poderes = [MarcaAsistencia(red[n], "ausente", poder_a=red["Rosario"]) for n in ("Paraná", "Córdoba", "Curitiba")]

    contexto = Contexto(db, red["asociacion"])
    with pytest.raises(ErrorEscritorio) as error:
        registrar_asistencias(contexto, marzo, presentes + poderes)
    assert str(error.value).startswith("Ese miembro ya lleva 2 poderes; el máximo es 2 (Estatuto, art. 21). "
                                       "No se registró el poder de Curitiba a Rosario")
    registrar_asistencias(contexto, marzo, presentes + poderes[:2])

    # El día de la reforma rige el texto nuevo: tres poderes.
    julio = sesion(db, red, REFORMA)
    registrar_asistencias(contexto, julio, presentes + poderes)
    estado = asistencia(contexto, julio)
    assert sum(1 for h in estado.habilitados if h.poder_a == red["Rosario"]) == 3
    assert estado.quorum.presentes == 4  # Rosario y sus tres poderes

    cuarto = MarcaAsistencia(red["Porto Alegre"], "ausente", poder_a=red["Rosario"])
    with pytest.raises(ErrorEscritorio, match=r"el máximo es 3 \(Estatuto, art. 21 \(reforma 2026\)\).*"
                                              r"las reglas vigentes desde el 01/07/2026"):
        registrar_asistencias(contexto, julio, [cuarto])


def test_cli_rechaza_el_poder_a_quien_no_integra_el_consejo(db, red, ruta_db, cli):
    s = sesion(db, red, date(2026, 3, 15))
    db.close()

    rechazo = cli("sesiones", "asistencia", s, "--presentes", red["Rosario"], "--ausentes", red["Córdoba"],
                  "--poder", f"{red['Córdoba']}:{red['Florianópolis']}", db=ruta_db)

    assert rechazo.returncode == 1, rechazo.stdout
    assert (f"No se registró el poder de Córdoba: Florianópolis (id {red['Florianópolis']}) no integra el órgano en la "
            "sesión del 15/03/2026") in rechazo.stderr
    assert "Traceback" not in rechazo.stderr
    # Todo o nada: tampoco quedó anotada la presencia de Rosario.
    base = abrir_base(ruta_db)
    try:
        assert base.execute("SELECT count(*) FROM asistencias WHERE sesion_id = ?", [s]).fetchone()[0] == 0
    finally:
        base.close()
    aceptado = cli("sesiones", "asistencia", s, "--presentes", red["Rosario"], "--ausentes", red["Córdoba"],
                   "--poder", f"{red['Córdoba']}:{red['Rosario']}", db=ruta_db)
    assert aceptado.returncode == 0, aceptado.stderr
