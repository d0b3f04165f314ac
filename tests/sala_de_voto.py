"""Una sesión armada con los servicios para votar por el teléfono (issue 85): la Asamblea de 31 municipios, 29 presentes,
uno que llega tarde y uno que da su poder; una moción con una enmienda y una elección de varias marcas. La usan
tests/navegador/test_voto_en_la_sala.py (30 teléfonos en Chromium) y tests/servidor_de_voto (los dos motores)."""

from dataclasses import dataclass
from datetime import date, timedelta

from escritorio.dominio.enmiendas import Cambio
from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.servicios import enmiendas, mociones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion

HOY = date(2026, 11, 28)
DELEGACIONES = [f"Municipio {n:02d}" for n in range(1, 32)]   # 31: la 30 llega tarde, la 31 da su poder a la 01
PRESENTES = DELEGACIONES[:29]
TARDE, CON_PODER, PORTADORA = DELEGACIONES[29], DELEGACIONES[30], DELEGACIONES[0]


@dataclass
class Sala:
    contexto: Contexto
    ids: dict[str, int]
    sesion: int
    mocion: int
    enmienda: int
    eleccion: int
    candidaturas: list[int]


def armar(db, asociacion_id: int) -> Sala:
    """La Asamblea (todos los activos), su sesión de hoy con 29 presentes y un poder, una moción admitida con una
    enmienda admitida y una elección de dos puestos con hasta dos marcas por boleta entre tres candidaturas."""
    c = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(c, FichaMiembro(nombre=n, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(100_000, 2020, "Censo")) for n in DELEGACIONES}
    asamblea = crear_organo(c, NuevoOrgano("Asamblea General", "asamblea", articulo="Estatuto, art. 9"))
    fijar_reglas_de_sesion(c, asamblea, ReglasDeSesion(
        reglas={"ordinaria": ReglaQuorum(1, 2, True, articulo="Estatuto, art. 15")},
        mayorias={"ordinaria": ReglaMayoria("simple", articulo="Estatuto, art. 19")}))
    sesion = convocar(c, asamblea, NuevaSesion(fecha=HOY, hora="10:00", lugar="Palacio Municipal",
                                               convocada_el=HOY - timedelta(days=31)))
    punto = agregar_punto(c, sesion, "Declaración sobre el clima", "votacion")
    registrar_asistencias(c, sesion, [MarcaAsistencia(ids[n], "presente") for n in PRESENTES]
                          + [MarcaAsistencia(ids[CON_PODER], "ausente", poder_a=ids[PORTADORA])])
    mocion = mociones.presentar(c, punto, "Declaración sobre el clima", "Primero.\n\nSegundo.\n\nTercero.",
                                autores=[ids[PORTADORA]], apoyos=[ids[DELEGACIONES[1]]],
                                recibida_el=HOY - timedelta(days=27)).id
    mociones.admitir(c, mocion)
    enmienda = enmiendas.presentar(c, mocion, [Cambio("suprimir", 2)], [ids[DELEGACIONES[2]]]).id
    enmiendas.admitir(c, enmienda)
    comite = crear_organo(c, NuevoOrgano("Comité Ejecutivo", "consejo", articulo="Estatuto, art. 20"))
    eleccion = agregar_punto(c, sesion, "Elección del Comité Ejecutivo", "eleccion")
    definir_eleccion(c, eleccion, NuevaEleccion(comite, "titular", date(2027, 1, 1), puestos=2, boleta="marcas",
                                                marcas_max=2))
    candidaturas = [agregar_candidatura(c, eleccion, ids[n]) for n in DELEGACIONES[:3]]
    return Sala(c, ids, sesion, mocion, enmienda, eleccion, candidaturas)
