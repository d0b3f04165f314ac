"""Una moción con dos enmiendas, la votación de una de ellas y una lista de oradores, escritas con SQL en una sesión
de prueba (issue 64). Las pruebas de la pantalla del proyector las necesitan antes de que existan los servicios de
mociones, enmiendas, votaciones de la sala y oradores (los escriben otras ramas): cuando lleguen, esta ayuda pasa a
usarlos. Lo que escribe respeta las reglas de la base (las mismas filas que dejarían esos servicios)."""

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from escritorio.datos.conexion import transaccion

TEXTO = ("Las ciudades de la red se comprometen a medir sus emisiones cada año.\n\n"
         "Cada ciudad publicará un plan de adaptación antes de 2028.\n\n"
         "La Secretaría Ejecutiva informará los avances en cada Cumbre.")
# La enmienda 1 (presentada) reemplaza el párrafo 2; la 2 (aprobada, votada) inserta uno después del 3.
PARRAFO_2_ENMENDADO = "Cada ciudad publicará un plan de adaptación y otro de mitigación antes de 2027."
PARRAFO_NUEVO = "La red ofrecerá asistencia técnica a las ciudades que la pidan."


@dataclass
class SalaDePrueba:
    mocion: int
    enmienda: int          # la presentada, que reemplaza el párrafo 2
    aprobada: int          # la aprobada, que agrega un párrafo
    habla: str
    esperan: list[str]     # en el orden de la lista (la cuestión de orden, la última anotada)
    cuestion_de_orden: str


def ahora_menos(segundos: int) -> str:
    """«AAAA-MM-DD HH:MM:SS» en UTC, como datetime('now') de la base."""
    return (datetime.now(timezone.utc) - timedelta(seconds=segundos)).strftime("%Y-%m-%d %H:%M:%S")


def llenar_la_sala(db, sesion_id: int, punto_id: int, ids: dict[str, int], habla: str, esperan: list[str],
                   hace: int = 30, persona: str = "Ana Souto") -> SalaDePrueba:
    """En el punto: la moción 1 de `ids` (la primera ciudad la presenta, la segunda la apoya), sus dos enmiendas, la
    votación de la aprobada, y la lista de oradores de la moción: `habla` con la palabra desde hace `hace` segundos,
    `esperan` en espera y `persona` (sin miembro) con una cuestión de orden, anotada última."""
    nombres = list(ids)
    with transaccion(db):
        mocion = db.insertar(
            "INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, fundamento, recibida_el, estado) "
            "VALUES (?, ?, 1, ?, ?, ?, '2026-01-10', 'admitida')",
            [sesion_id, punto_id, "Declaración sobre ciudades y clima", TEXTO, "La red debe actuar."])
        db.execute("INSERT INTO autores_mocion (mocion_id, miembro_id, papel) VALUES (?, ?, 'autor')",
                   [mocion, ids[nombres[0]]])
        db.execute("INSERT INTO autores_mocion (mocion_id, miembro_id, papel) VALUES (?, ?, 'apoyo')",
                   [mocion, ids[nombres[1]]])
        enmienda = db.insertar("INSERT INTO enmiendas (mocion_id, numero, recibida_el, estado) "
                               "VALUES (?, 1, '2026-01-12', 'admitida')", [mocion])
        db.execute("INSERT INTO cambios_enmienda (enmienda_id, orden, operacion, parrafo, texto) "
                   "VALUES (?, 1, 'reemplazar', 2, ?)", [enmienda, PARRAFO_2_ENMENDADO])
        db.execute("INSERT INTO autores_enmienda (enmienda_id, miembro_id) VALUES (?, ?)", [enmienda, ids[nombres[2]]])
        aprobada = db.insertar("INSERT INTO enmiendas (mocion_id, numero, recibida_el, estado) "
                               "VALUES (?, 2, '2026-01-13', 'aprobada')", [mocion])
        db.execute("INSERT INTO cambios_enmienda (enmienda_id, orden, operacion, parrafo, texto) "
                   "VALUES (?, 1, 'insertar', 3, ?)", [aprobada, PARRAFO_NUEVO])
        db.execute("INSERT INTO votaciones_sala (mocion_id, enmienda_id, metodo, mayoria, base, a_favor, en_contra, "
                   "abstenciones, presentes, con_derecho, aprobada, texto_resultado) "
                   "VALUES (?, ?, 'alzada', 'simple', 'emitidos', 4, 1, 0, 5, 7, 1, ?)",
                   [mocion, aprobada, "Aprobada: 4 a favor, 1 en contra, 0 abstenciones; mayoría simple: más votos a "
                                      "favor que en contra, sin contar las abstenciones."])
        lista = db.insertar("INSERT INTO listas_de_oradores (sesion_id, punto_id, mocion_id) VALUES (?, ?, ?)",
                            [sesion_id, punto_id, mocion])
        db.execute("INSERT INTO oradores (lista_id, orden, miembro_id, estado, pedida_en, empezo_en) "
                   "VALUES (?, 1, ?, 'hablando', ?, ?)", [lista, ids[habla], ahora_menos(600), ahora_menos(hace)])
        for orden, nombre in enumerate(esperan, start=2):
            db.execute("INSERT INTO oradores (lista_id, orden, miembro_id, pedida_en) VALUES (?, ?, ?, ?)",
                       [lista, orden, ids[nombre], ahora_menos(500 - orden)])
        db.execute("INSERT INTO oradores (lista_id, orden, persona, tipo, pedida_en) "
                   "VALUES (?, ?, ?, 'cuestion_de_orden', ?)", [lista, len(esperan) + 2, persona, ahora_menos(5)])
    return SalaDePrueba(mocion, enmienda, aprobada, habla, esperan, persona)
