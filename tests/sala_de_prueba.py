"""Una moción con dos enmiendas, la votación de una de ellas y una lista de oradores en una sesión de prueba (issue
64), escritas con los servicios de la sala (mociones, enmiendas, votaciones de la sala y oradores), como las escribe
la secretaría: lo que las pruebas de la pantalla del proyector necesitan."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from escritorio.dominio.enmiendas import Cambio
from escritorio.servicios import enmiendas, mociones, oradores
from escritorio.servicios.sesiones.asistencia import agregar_invitado
from escritorio.servicios.votaciones import NuevaVotacion
from escritorio.servicios.votaciones_sala import votar_enmienda

TEXTO = ("Las ciudades de la red se comprometen a medir sus emisiones cada año.\n\n"
         "Cada ciudad publicará un plan de adaptación antes de 2028.\n\n"
         "La Secretaría Ejecutiva informará los avances en cada Cumbre.")
# La enmienda 1 (admitida) reemplaza el párrafo 2; la 2 (aprobada, votada) inserta uno después del 3.
PARRAFO_2_ENMENDADO = "Cada ciudad publicará un plan de adaptación y otro de mitigación antes de 2027."
PARRAFO_NUEVO = "La red ofrecerá asistencia técnica a las ciudades que la pidan."


@dataclass
class SalaDePrueba:
    mocion: int
    enmienda: int          # la admitida, que reemplaza el párrafo 2
    aprobada: int          # la aprobada, que agrega un párrafo
    habla: str
    esperan: list[str]     # en el orden de la lista (la cuestión de orden, la última anotada)
    cuestion_de_orden: str


def hace(segundos: int) -> datetime:
    return datetime.now(timezone.utc) - timedelta(seconds=segundos)


def llenar_la_sala(contexto, sesion_id: int, punto_id: int, ids: dict[str, int], habla: str, esperan: list[str],
                   hace_segundos: int = 30, persona: str = "Ana Souto") -> SalaDePrueba:
    """En el punto: la moción 1 (la primera ciudad de `ids` la presenta, la segunda la apoya; admitida), sus dos
    enmiendas (la de la tercera ciudad, admitida; la de la cuarta, aprobada 3 a 1), y la lista de oradores de la
    moción: `habla` con la palabra desde hace `hace_segundos` segundos, `esperan` en espera y `persona` (invitada de
    la sesión) con una cuestión de orden, anotada última."""
    nombres = list(ids)
    mocion = mociones.presentar(contexto, punto_id, "Declaración sobre ciudades y clima", TEXTO,
                                "La red debe actuar.", autores=[ids[nombres[0]]], apoyos=[ids[nombres[1]]],
                                recibida_el=date(2026, 1, 10)).id
    mociones.admitir(contexto, mocion)
    enmienda = enmiendas.presentar(contexto, mocion, [Cambio("reemplazar", 2, PARRAFO_2_ENMENDADO)],
                                   [ids[nombres[2]]], recibida_el=date(2026, 1, 12)).id
    aprobada = enmiendas.presentar(contexto, mocion, [Cambio("insertar", 3, PARRAFO_NUEVO)], [ids[nombres[3]]],
                                   recibida_el=date(2026, 1, 13)).id
    # La 2 se admite y se vota antes de admitir la 1 (que, admitida, iría primero: es la más alejada del texto).
    enmiendas.admitir(contexto, aprobada)
    votar_enmienda(contexto, aprobada, NuevaVotacion(a_favor=3, en_contra=1, abstenciones=0))
    enmiendas.admitir(contexto, enmienda)
    agregar_invitado(contexto, sesion_id, persona)
    oradores.pedir_palabra(contexto, punto_id, ids[habla], mocion_id=mocion, ahora=hace(600))
    for n, nombre in enumerate(esperan, start=2):
        oradores.pedir_palabra(contexto, punto_id, ids[nombre], mocion_id=mocion, ahora=hace(500 - n))
    oradores.dar_la_palabra(contexto, punto_id, mocion, ahora=hace(hace_segundos))
    oradores.pedir_palabra(contexto, punto_id, persona=persona, tipo="cuestion_de_orden", mocion_id=mocion,
                           ahora=hace(min(5, hace_segundos)))
    return SalaDePrueba(mocion, enmienda, aprobada, habla, esperan, persona)
