"""Una sala de prueba para las enmiendas y las votaciones de la sala (issue 64, §2): una Asamblea con siete ciudades,
una sesión con un punto y cinco presentes, y una moción en el punto, presentada y admitida con servicios/mociones.py."""

from dataclasses import dataclass
from datetime import date, timedelta

from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.servicios import mociones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion

CIUDADES = ("Rosario", "Paraná", "Santa Fe", "Córdoba", "Montevideo", "Salto", "Paysandú")
PRESENTES = ("Rosario", "Paraná", "Santa Fe", "Córdoba", "Montevideo")
TEXTO = ("La Asamblea declara su compromiso con la acción climática local.\n\n"
         "Las ciudades miembro adoptarán un plan de adaptación antes de 2028.\n\n"
         "La Secretaría acompañará a cada ciudad con asistencia técnica.\n\n"
         "La Secretaría informará cada año los avances.")


@dataclass
class Sala:
    contexto: Contexto
    ids: dict[str, int]
    sesion: int
    punto: int
    mocion: int


def armar_sala(db, asociacion_id: int, fecha: date = date(2026, 11, 28), hora: str = "10:00") -> Sala:
    """La Asamblea (la integran todos los activos; quórum de la mitad más uno, mayoría simple), su sesión con un
    punto de votación, cinco presentes de siete y una moción admitida (Rosario la presenta, Paraná la apoya)."""
    contexto = Contexto(db, asociacion_id)
    pais = {"Montevideo": "UY", "Salto": "UY", "Paysandú": "UY"}
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=pais.get(n, "AR"), fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, "Censo"))
           for n in CIUDADES}
    asamblea = crear_organo(contexto, NuevoOrgano("Asamblea General", "asamblea", articulo="Estatuto, art. 9"))
    fijar_reglas_de_sesion(contexto, asamblea, ReglasDeSesion(
        reglas={"ordinaria": ReglaQuorum(1, 2, True, articulo="Estatuto, art. 15")},
        mayorias={"ordinaria": ReglaMayoria("simple", articulo="Estatuto, art. 19")}))
    sesion = convocar(contexto, asamblea, NuevaSesion(fecha=fecha, hora=hora, lugar="Palacio Municipal",
                                                      convocada_el=fecha - timedelta(days=31)))
    punto = agregar_punto(contexto, sesion, "Declaración sobre el clima", "votacion")
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids[n], "presente") for n in PRESENTES])
    mocion = mociones.presentar(contexto, punto, "Declaración de Rosario sobre el clima", TEXTO,
                                autores=[ids["Rosario"]], apoyos=[ids["Paraná"]],
                                recibida_el=fecha - timedelta(days=27)).id
    mociones.admitir(contexto, mocion)
    return Sala(contexto, ids, sesion, punto, mocion)


@dataclass
class Foco:
    """Lo que la sala en vivo enfoca (interfaz/sala_en_vivo.py), para pedirle a servicios.pantalla_de_la_sala lo que
    ve el proyector sin abrir la ventana."""
    sesion_id: int | None
    punto_id: int | None = None
    mocion_id: int | None = None
    enmienda_id: int | None = None
    votacion: str | None = None
