"""PROVISIONAL (issue 64, §5): la sala de una sesión de la red de ejemplo, escrita con SQL a través de los triggers de
la base (los de coherencia, los de congelado y los de la bitácora), porque los servicios que la escriben
(servicios/mociones.py, enmiendas.py, votaciones_sala.py, oradores.py) se hacen en otras ramas al mismo tiempo.
Al unir las ramas, `llenar_la_sala` pasa a llamar a esos servicios: es el ÚNICO lugar que escribe la sala en las
pruebas de los documentos (convocatoria, acta, sitio, OParl).

La sesión: la 62.ª del Consejo (id 4, 15/09/2026, celebrada, acta en borrador), punto 2 «Plan de trabajo de las
unidades temáticas para el año siguiente» (id 13), votado y con su resolución (id 8, Resolución 3/2026).

- Moción 1, de Rosario y Córdoba con el apoyo de Mendoza, recibida el 01/09/2026: tres enmiendas (la 1 de Mendoza y
  la 2 de Buenos Aires cambian el mismo párrafo: la 1 se aprueba y la 2 decae; la 3 de Córdoba se rechaza), y se
  aprueba con el texto enmendado como la Resolución 3/2026.
- Moción 2, de Buenos Aires, recibida el 14/09/2026, fuera de plazo: aplazada.
- Moción 3, de Mendoza: no admitida.
- Lista de oradores del punto: Rosario (2 min 05 s), una cuestión de orden de Buenos Aires (40 s) que pasó antes que
  Mendoza a favor (1 min 35 s); Córdoba pidió la palabra y la retiró. En la lista de la moción 1, Rosario a favor
  (1 min 00 s).
"""

from escritorio.datos.conexion import transaccion
from escritorio.dominio.mayorias import resultado_votacion

SESION, PUNTO, RESOLUCION = 4, 13, 8
ROSARIO, CORDOBA, MENDOZA, BUENOS_AIRES = 3, 2, 4, 1

TEXTO_1 = ("Las unidades temáticas presentan su plan de trabajo para 2027.\n\n"
           "Cada unidad organiza dos encuentros presenciales por año.\n\n"
           "La Secretaría Ejecutiva informa el avance en cada sesión del Consejo.")
ENMIENDA_1 = "Cada unidad organiza tres encuentros, uno de ellos virtual, por año."
ENMIENDA_2 = "Cada unidad organiza un encuentro presencial por año."
ENMIENDA_3 = "Los informes se publican en el sitio de la red."


def _votacion(db, mocion: int, enmienda: int | None, a_favor: int, en_contra: int, abstenciones: int,
              cerrada_en: str) -> int:
    resultado = resultado_votacion(a_favor, en_contra, abstenciones, "simple", "emitidos", 15, 17)
    return db.execute(
        "INSERT INTO votaciones_sala (mocion_id, enmienda_id, metodo, mayoria, base, a_favor, en_contra, "
        "abstenciones, presentes, con_derecho, aprobada, texto_resultado, cerrada_en) "
        "VALUES (?, ?, 'alzada', 'simple', 'emitidos', ?, ?, ?, 15, 17, ?, ?, ?)",
        [mocion, enmienda, a_favor, en_contra, abstenciones, int(resultado.aprobada), resultado.texto,
         cerrada_en]).lastrowid


def _enmienda(db, mocion: int, numero: int, autor: int, estado: str, motivo: str | None,
              cambios: list[tuple[str, int, str | None]]) -> int:
    enmienda = db.execute("INSERT INTO enmiendas (mocion_id, numero, recibida_el, estado, motivo) "
                          "VALUES (?, ?, '2026-09-10', ?, ?)", [mocion, numero, estado, motivo]).lastrowid
    for orden, (operacion, parrafo, texto) in enumerate(cambios, start=1):
        db.execute("INSERT INTO cambios_enmienda (enmienda_id, orden, operacion, parrafo, texto) "
                   "VALUES (?, ?, ?, ?, ?)", [enmienda, orden, operacion, parrafo, texto])
    db.execute("INSERT INTO autores_enmienda (enmienda_id, miembro_id) VALUES (?, ?)", [enmienda, autor])
    return enmienda


def llenar_la_sala(db) -> dict[str, int]:
    """Escribe la sala de la sesión 4 (ver arriba) en una transacción; devuelve los ids que usan las pruebas."""
    with transaccion(db):
        m1 = db.execute(
            "INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, fundamento, recibida_el, estado) "
            "VALUES (?, ?, 1, 'Plan de trabajo 2027 de las unidades temáticas', ?, "
            "'Ordenar el trabajo de las unidades', '2026-09-01', 'admitida')", [SESION, PUNTO, TEXTO_1]).lastrowid
        for miembro, papel in ((ROSARIO, "autor"), (CORDOBA, "autor"), (MENDOZA, "apoyo")):
            db.execute("INSERT INTO autores_mocion (mocion_id, miembro_id, papel) VALUES (?, ?, ?)",
                       [m1, miembro, papel])
        e1 = _enmienda(db, m1, 1, MENDOZA, "aprobada", None, [("reemplazar", 2, ENMIENDA_1)])
        e2 = _enmienda(db, m1, 2, BUENOS_AIRES, "decaida", "La enmienda 1, aprobada antes, cambió el mismo párrafo",
                       [("reemplazar", 2, ENMIENDA_2)])
        e3 = _enmienda(db, m1, 3, CORDOBA, "rechazada", None, [("insertar", 3, ENMIENDA_3)])
        # En el orden de la votación: la 1 (la más alejada), la 3, y la moción.
        _votacion(db, m1, e1, 12, 2, 1, "2026-09-15 10:01:00")
        _votacion(db, m1, e3, 4, 10, 1, "2026-09-15 10:05:00")
        _votacion(db, m1, None, 14, 1, 0, "2026-09-15 10:10:00")
        db.execute("UPDATE mociones SET estado = 'aprobada', resolucion_id = ? WHERE id = ?", [RESOLUCION, m1])
        m2 = db.execute(
            "INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, recibida_el, estado, motivo, "
            "fuera_de_plazo) VALUES (?, ?, 2, 'Red de ciudades sin plástico', "
            "'Las ciudades de la red eliminan el plástico de un solo uso en sus oficinas.', '2026-09-14', "
            "'aplazada', 'Falta el informe de la unidad temática de ambiente', 1)", [SESION, PUNTO]).lastrowid
        db.execute("INSERT INTO autores_mocion (mocion_id, miembro_id) VALUES (?, ?)", [m2, BUENOS_AIRES])
        m3 = db.execute(
            "INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, recibida_el, estado, motivo) "
            "VALUES (?, ?, 3, 'Hermanamiento con ciudades del Pacífico', 'La red se hermana con la red del "
            "Pacífico.', '2026-09-05', 'no_admitida', 'No corresponde a este punto del orden del día')",
            [SESION, PUNTO]).lastrowid
        db.execute("INSERT INTO autores_mocion (mocion_id, miembro_id) VALUES (?, ?)", [m3, MENDOZA])
        lista = db.execute("INSERT INTO listas_de_oradores (sesion_id, punto_id) VALUES (?, ?)",
                           [SESION, PUNTO]).lastrowid
        for orden, miembro, tipo, estado, empezo, segundos in (
                (1, ROSARIO, "intervencion", "hablo", "2026-09-15 09:40:00", 125),
                (3, BUENOS_AIRES, "cuestion_de_orden", "hablo", "2026-09-15 09:43:00", 40),
                (2, MENDOZA, "a_favor", "hablo", "2026-09-15 09:45:00", 95),
                (4, CORDOBA, "en_contra", "retirado", None, None)):
            db.execute("INSERT INTO oradores (lista_id, orden, miembro_id, tipo, estado, pedida_en, empezo_en, "
                       "segundos) VALUES (?, ?, ?, ?, ?, '2026-09-15 09:30:00', ?, ?)",
                       [lista, orden, miembro, tipo, estado, empezo, segundos])
        # La lista de la moción 1 (la de su debate, aparte de la del punto): Rosario habló a favor.
        sobre_la_1 = db.execute("INSERT INTO listas_de_oradores (sesion_id, punto_id, mocion_id) VALUES (?, ?, ?)",
                                [SESION, PUNTO, m1]).lastrowid
        db.execute("INSERT INTO oradores (lista_id, orden, miembro_id, tipo, estado, pedida_en, empezo_en, segundos) "
                   "VALUES (?, 1, ?, 'a_favor', 'hablo', '2026-09-15 09:55:00', '2026-09-15 09:56:00', 60)",
                   [sobre_la_1, ROSARIO])
    return {"mocion_1": m1, "mocion_2": m2, "mocion_3": m3, "enmienda_1": e1, "enmienda_2": e2, "enmienda_3": e3}


def aprobar_el_acta(contexto) -> str:
    """Aprueba el acta de la sesión 4 como lo hace la secretaría (su punto de aprobación, votado, con su
    resolución); devuelve su huella. Desde ahí la sala de la sesión queda congelada."""
    from datetime import date

    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta

    resolucion = resolucion_que_aprueba_el_acta(contexto, SESION)
    return aprobar_acta(contexto, SESION, resolucion["id"], date(2026, 9, 15))


def tratar_la_aplazada_en_otra_sesion(db, contexto, mocion_aplazada: int) -> tuple[int, int]:
    """La moción 2 (aplazada) vuelve en la sesión siguiente del Consejo (convocada para el 10/11/2026, con su punto
    «Ambiente» y el borrador de su acta) como su moción 1, con su historia (`viene_de`). Devuelve (sesión, moción)."""
    from datetime import date

    from escritorio.servicios.actas import guardar_borrador
    from escritorio.servicios.sesiones_convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones_puntos import agregar_punto

    sesion = convocar(contexto, 2, NuevaSesion(fecha=date(2026, 11, 10), hora="10:00", lugar="Montevideo"))
    punto = agregar_punto(contexto, sesion, "Ambiente")
    guardar_borrador(contexto, sesion, apertura="Se reúne el Consejo.")
    with transaccion(db):
        mocion = db.execute(
            "INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, recibida_el, estado, viene_de) "
            "SELECT ?, ?, 1, titulo, texto, recibida_el, 'admitida', id FROM mociones WHERE id = ?",
            [sesion, punto, mocion_aplazada]).lastrowid
        db.execute("INSERT INTO autores_mocion (mocion_id, miembro_id) VALUES (?, ?)", [mocion, BUENOS_AIRES])
    return sesion, mocion
