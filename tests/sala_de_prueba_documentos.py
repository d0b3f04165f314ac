"""La sala de una sesión de la red de ejemplo (issue 64, §5), escrita con los servicios que usa la secretaría
(servicios/mociones.py, enmiendas.py, votaciones_sala.py, oradores.py y las reglas de la sala): es el ÚNICO lugar
que escribe la sala en las pruebas de los documentos (convocatoria, acta, sitio, OParl).

La sesión: la 62.ª del Consejo (id 4, 15/09/2026, celebrada, acta en borrador), punto 2 «Plan de trabajo de las
unidades temáticas para el año siguiente» (id 13), votado y con su resolución (id 8, Resolución 3/2026). Las reglas de la sala del Consejo: las mociones se reciben
hasta 7 días antes de la sesión.

- Moción 1, de Rosario y Córdoba con el apoyo de Mendoza, recibida el 01/09/2026, con la recomendación de la UT
  Planificación estratégica (12/09/2026: «Aprobar con cambios — Con la enmienda 1»): tres enmiendas (la 1 de Mendoza y
  la 2 de Buenos Aires cambian el mismo párrafo; la presidencia fija el orden 1, 2, 3: la 1 se aprueba y la 2 decae; la 3 de Córdoba se rechaza), y se
  aprueba con el texto enmendado; se adopta como una resolución más del punto (`llenar_la_sala` devuelve su número
  en «resolucion»).
- Moción 2, de Buenos Aires, recibida el 14/09/2026, fuera de plazo: admitida igual (con su motivo) y aplazada.
- Moción 3, de Mendoza: no admitida.
- Lista de oradores del punto: Rosario (2 min 05 s), una cuestión de orden de Buenos Aires (40 s) que pasó antes que
  Mendoza a favor (1 min 35 s); Córdoba pidió la palabra y la retiró. Los tiempos, con el reloj que los servicios
  de oradores aceptan (`ahora`). En la lista de la moción 1, Rosario a favor
  (1 min 00 s).
"""

from datetime import date, datetime, timezone

from escritorio.dominio.enmiendas import Cambio
from escritorio.servicios import enmiendas, mociones, oradores
from escritorio.servicios.apoyos_y_recomendaciones import recomendar
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.fijar_reglas_de_la_sala import PedidoDeReglasDeLaSala, fijar_reglas_de_la_sala
from escritorio.servicios.sesiones import sesion_de_la_asociacion
from escritorio.servicios.votaciones import NuevaVotacion
from escritorio.servicios.votaciones_sala import adoptar_mocion, votar_enmienda, votar_mocion

SESION, PUNTO, RESOLUCION = 4, 13, 8
UT_PLANIFICACION = 18
ROSARIO, CORDOBA, MENDOZA, BUENOS_AIRES = 3, 2, 4, 1

TEXTO_1 = ("Las unidades temáticas presentan su plan de trabajo para 2027.\n\n"
           "Cada unidad organiza dos encuentros presenciales por año.\n\n"
           "La Secretaría Ejecutiva informa el avance en cada sesión del Consejo.")
ENMIENDA_1 = "Cada unidad organiza tres encuentros, uno de ellos virtual, por año."
ENMIENDA_2 = "Cada unidad organiza un encuentro presencial por año."
ENMIENDA_3 = "Los informes se publican en el sitio de la red."


def a_las(hora: str) -> datetime:
    """Un momento del 15/09/2026 (el día de la sesión), en UTC."""
    return datetime.fromisoformat(f"2026-09-15 {hora}").replace(tzinfo=timezone.utc)


def _enmienda(contexto, mocion: int, autor: int, cambio: Cambio) -> int:
    return enmiendas.presentar(contexto, mocion, [cambio], [autor], recibida_el=date(2026, 9, 10)).id


def _votos(a_favor: int, en_contra: int, abstenciones: int) -> NuevaVotacion:
    return NuevaVotacion(a_favor=a_favor, en_contra=en_contra, abstenciones=abstenciones)


def llenar_la_sala(db) -> dict[str, int]:
    """Escribe la sala de la sesión 4 (ver arriba) como la secretaría; devuelve los ids que usan las pruebas."""
    contexto = Contexto(db, 1)
    fijar_reglas_de_la_sala(contexto, sesion_de_la_asociacion(contexto, SESION)["organo_id"],
                            PedidoDeReglasDeLaSala(plazo_mociones_dias=7))
    m1 = mociones.presentar(contexto, PUNTO, "Plan de trabajo 2027 de las unidades temáticas", TEXTO_1,
                            "Ordenar el trabajo de las unidades", autores=[ROSARIO, CORDOBA], apoyos=[MENDOZA],
                            recibida_el=date(2026, 9, 1)).id
    mociones.admitir(contexto, m1)
    recomendar(contexto, m1, UT_PLANIFICACION, "aprobar_con_cambios", "Con la enmienda 1", fecha=date(2026, 9, 12))
    e1 = _enmienda(contexto, m1, MENDOZA, Cambio("reemplazar", 2, ENMIENDA_1))
    e2 = _enmienda(contexto, m1, BUENOS_AIRES, Cambio("reemplazar", 2, ENMIENDA_2))
    e3 = _enmienda(contexto, m1, CORDOBA, Cambio("insertar", 3, ENMIENDA_3))
    for enmienda in (e1, e2, e3):
        enmiendas.admitir(contexto, enmienda)
    # La presidencia fija el orden de votación (el reglamento pondría primero la 3): la 1 (aprobada: la 2, que cambia
    # el mismo párrafo, decae), la 3, y después la moción.
    enmiendas.fijar_orden(contexto, m1, [e1, e2, e3])
    votar_enmienda(contexto, e1, _votos(12, 2, 1))
    votar_enmienda(contexto, e3, _votos(4, 10, 1))
    votar_mocion(contexto, m1, _votos(14, 1, 0))
    resolucion = adoptar_mocion(contexto, m1)
    m2 = mociones.presentar(contexto, PUNTO, "Red de ciudades sin plástico",
                            "Las ciudades de la red eliminan el plástico de un solo uso en sus oficinas.",
                            autores=[BUENOS_AIRES], recibida_el=date(2026, 9, 14)).id
    mociones.admitir(contexto, m2, "La presidencia la admite por la urgencia del tema")
    mociones.aplazar(contexto, m2, "Falta el informe de la unidad temática de ambiente")
    m3 = mociones.presentar(contexto, PUNTO, "Hermanamiento con ciudades del Pacífico",
                            "La red se hermana con la red del Pacífico.", autores=[MENDOZA],
                            recibida_el=date(2026, 9, 5)).id
    mociones.no_admitir(contexto, m3, "No corresponde a este punto del orden del día")
    # La lista del punto: Rosario, la cuestión de orden de Buenos Aires (pasa antes que Mendoza), Mendoza; Córdoba
    # pide la palabra y la retira.
    oradores.pedir_palabra(contexto, PUNTO, ROSARIO, ahora=a_las("09:30:00"))
    oradores.pedir_palabra(contexto, PUNTO, MENDOZA, tipo="a_favor", ahora=a_las("09:30:00"))
    oradores.dar_la_palabra(contexto, PUNTO, ahora=a_las("09:40:00"))
    oradores.pedir_palabra(contexto, PUNTO, BUENOS_AIRES, tipo="cuestion_de_orden", ahora=a_las("09:41:00"))
    cordoba = oradores.pedir_palabra(contexto, PUNTO, CORDOBA, tipo="en_contra", ahora=a_las("09:41:30")).id
    oradores.terminar(contexto, PUNTO, ahora=a_las("09:42:05"))
    oradores.dar_la_palabra(contexto, PUNTO, ahora=a_las("09:43:00"))
    oradores.terminar(contexto, PUNTO, ahora=a_las("09:43:40"))
    oradores.retirar(contexto, cordoba)
    oradores.dar_la_palabra(contexto, PUNTO, ahora=a_las("09:45:00"))
    oradores.terminar(contexto, PUNTO, ahora=a_las("09:46:35"))
    # La lista de la moción 1 (la de su debate, aparte de la del punto): Rosario habló a favor.
    oradores.pedir_palabra(contexto, PUNTO, ROSARIO, tipo="a_favor", mocion_id=m1, ahora=a_las("09:55:00"))
    oradores.dar_la_palabra(contexto, PUNTO, m1, ahora=a_las("09:56:00"))
    oradores.terminar(contexto, PUNTO, m1, ahora=a_las("09:57:00"))
    return {"mocion_1": m1, "mocion_2": m2, "mocion_3": m3, "enmienda_1": e1, "enmienda_2": e2, "enmienda_3": e3,
            "resolucion": resolucion["id"]}


def llenar_la_sala_en(ruta) -> dict[str, int]:
    """`llenar_la_sala` en la base del archivo `ruta` (la abre y la cierra)."""
    from escritorio.servicios.base import abrir_base

    db = abrir_base(ruta)
    try:
        return llenar_la_sala(db)
    finally:
        db.close()


def aprobar_el_acta(contexto) -> str:
    """Aprueba el acta de la sesión 4 como lo hace la secretaría (su punto de aprobación, votado, con su
    resolución); devuelve su huella. Desde ahí la sala de la sesión queda congelada."""
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta

    resolucion = resolucion_que_aprueba_el_acta(contexto, SESION)
    return aprobar_acta(contexto, SESION, resolucion["id"], date(2026, 9, 15))


def tratar_la_aplazada_en_otra_sesion(db, contexto, mocion_aplazada: int) -> tuple[int, int]:
    """La moción 2 (aplazada) vuelve en la sesión siguiente del Consejo (convocada para el 10/11/2026, con su punto
    «Ambiente» y el borrador de su acta) como su moción 1, con su historia (`viene_de`), y se admite. Devuelve
    (sesión, moción)."""
    from escritorio.servicios.actas import guardar_borrador
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto

    sesion = convocar(contexto, 2, NuevaSesion(fecha=date(2026, 11, 10), hora="10:00", lugar="Montevideo"))
    punto = agregar_punto(contexto, sesion, "Ambiente")
    guardar_borrador(contexto, sesion, apertura="Se reúne el Consejo.")
    mocion = mociones.retomar(contexto, mocion_aplazada, punto).id
    mociones.admitir(contexto, mocion)
    return sesion, mocion
