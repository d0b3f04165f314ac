"""La sala de la asamblea (issue 64): los valores que la base admite para mociones, enmiendas, oradores y las reglas
de la sala. Cada lista es la del CHECK de su columna (datos/esquema/sala.py); la lógica vive en los módulos de cada
cosa (dominio/mociones.py, dominio/enmiendas.py, dominio/oradores.py)."""

# El ciclo de una moción, como el flujo simple de OpenSlides: presentada → admitida (o no admitida) → votada
# (aprobada o rechazada), retirada, derivada (a un órgano o unidad) o aplazada (a otra sesión).
ESTADOS_MOCION = ("presentada", "admitida", "no_admitida", "aprobada", "rechazada", "retirada", "derivada",
                  "aplazada", "no_tratada")
PAPELES_FIRMANTE = ("autor", "apoyo")

# Una enmienda decae si otra aprobada antes cambió el mismo párrafo.
ESTADOS_ENMIENDA = ("presentada", "admitida", "no_admitida", "aprobada", "rechazada", "retirada", "decaida")
OPERACIONES_ENMIENDA = ("reemplazar", "insertar", "suprimir")

# El orden en que se votan las enmiendas: la más alejada del texto primero (por omisión), o por presentación.
ORDENES_ENMIENDAS = ("mas_lejana", "presentacion")

TIPOS_ORADOR = ("intervencion", "a_favor", "en_contra", "cuestion_de_orden", "pregunta_intercalada",
                "intervencion_breve")
ESTADOS_ORADOR = ("en_espera", "hablando", "hablo", "retirado")

# Cómo se leen, en castellano: cada uno se traduce al escribirse (`traducir(NOMBRES_ESTADO_MOCION[e])` en los
# servicios y los documentos, `tr(…)` en la ventana), como los rótulos de dominio/sesiones.py. La ventana, la línea de
# órdenes, el proyector, el acta, la convocatoria y el sitio los toman de aquí; en medio de una frase, en minúscula.
NOMBRES_ESTADO_MOCION = {"presentada": "Presentada", "admitida": "Admitida", "no_admitida": "No admitida",
                         "aprobada": "Aprobada", "rechazada": "Rechazada", "retirada": "Retirada",
                         "derivada": "Derivada", "aplazada": "Aplazada", "no_tratada": "No tratada"}
NOMBRES_ESTADO_ENMIENDA = {"presentada": "Presentada", "admitida": "Admitida", "no_admitida": "No admitida",
                           "aprobada": "Aprobada", "rechazada": "Rechazada", "retirada": "Retirada",
                           "decaida": "Decaída"}
# Lo que una comisión recomienda a la sala sobre una moción, antes de votarla (issue 82).
RECOMENDACIONES = ("aprobar", "aprobar_con_cambios", "rechazar", "sin_pronunciarse")
NOMBRES_RECOMENDACION = {"aprobar": "Aprobar", "aprobar_con_cambios": "Aprobar con cambios", "rechazar": "Rechazar",
                         "sin_pronunciarse": "Sin pronunciarse"}
NOMBRES_TIPO_ORADOR = {"intervencion": "Intervención", "a_favor": "A favor", "en_contra": "En contra",
                       "cuestion_de_orden": "Cuestión de orden", "pregunta_intercalada": "Pregunta intercalada",
                       "intervencion_breve": "Intervención breve"}
NOMBRES_ESTADO_ORADOR = {"en_espera": "En espera", "hablando": "Hablando", "hablo": "Ya habló", "retirado": "Se retiró"}

# Lo que rige si el órgano no fijó reglas de la sala (reglamento sin artículo sobre la sala).
SEGUNDOS_PALABRA = 180
SEGUNDOS_CUESTION_ORDEN = 60
SEGUNDOS_INTERVENCION_BREVE = 60
SEGUNDOS_PREGUNTA = 30
ORDEN_ENMIENDAS = "mas_lejana"
