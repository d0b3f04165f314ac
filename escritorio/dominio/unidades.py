"""Las quince unidades temáticas de Mercociudades y sus objetivos (semilla 001:813-897), como plantilla."""

UNIDADES_MERCOCIUDADES = (
    ("Ambiente y desarrollo sostenible",
     "Promover acciones y el desarrollo de programas y proyectos de desarrollo local sostenible."),
    ("Autonomía, gestión y financiamiento municipal",
     "Impulsar la investigación y el debate técnico y político sobre los procesos de transformación y de "
     "descentralización política y administrativa de las ciudades."),
    ("Ciencia, tecnología y capacitación",
     "Estimular la cooperación científico-tecnológica entre las ciudades integrantes, a través del intercambio "
     "de experiencias y conocimientos."),
    ("Cooperación internacional",
     "Concretar proyectos de cooperación internacional que beneficien a las ciudades de la red y desarrollar "
     "acciones de capacitación e información."),
    ("Cultura", "Desarrollar y potenciar las actividades culturales."),
    ("Desarrollo económico local",
     "Identificar rubros dinámicos no tradicionales como el turismo, los servicios financieros y de "
     "entrenamiento, así como el desarrollo de la gestión de calidad."),
    ("Desarrollo social",
     "Desarrollar políticas sociales de la red relativas a: nuevos modelos de gestión de políticas sociales, "
     "coordinación interjurisdiccional de las políticas sociales, etc."),
    ("Desarrollo urbano",
     "Formular y proponer políticas comunes, promoción de la investigación y difusión de las experiencias que "
     "contribuyan al mejoramiento de las gestiones urbanas locales."),
    ("Educación",
     "Intercambiar experiencias, profundizar en el conocimiento y seguimiento de la formación del docente así "
     "como el delineamiento de propuestas educativas consensuadas."),
    ("Género y municipio",
     "Impulsar políticas de género que fundamentan la participación de las mujeres en el diseño de las "
     "políticas públicas."),
    ("Integración fronteriza",
     "Promover acciones conjuntas de la Red Mercociudades, con el fin de mejorar las iniciativas de "
     "integración regional."),
    ("Juventud",
     "Contribuir con el desarrollo de las políticas locales de juventud, promoviendo la participación de los "
     "jóvenes en su formulación y ejecución mediante el fortalecimiento de los procesos de descentralización e "
     "integración regional."),
    ("Planificación estratégica",
     "Identificar las prácticas exitosas y soluciones a problemas comunes con el objetivo de enriquecer los "
     "procesos locales e impulse posibles canales de colaboración."),
    ("Seguridad ciudadana",
     "Impulsar la reflexión sobre la seguridad ciudadana desde el marco del respeto integral a la democracia y "
     "los derechos humanos en las ciudades de toda la región."),
    ("Turismo",
     "Abordar las cuestiones decurrentes de los diferentes sectores del turismo, potenciando las ofertas y "
     "demandas por destinos."),
)
ESTADOS_ACTIVIDAD = {"prevista": "Prevista", "en_curso": "En curso", "realizada": "Realizada", "cancelada": "Cancelada"}

# Cómo avanza una actividad del plan de trabajo: prevista → en curso → realizada (o cancelada). Una realizada por
# error vuelve a «en curso» y una cancelada se retoma como prevista; nada más (una realizada no pasa a cancelada: se
# reabre primero).
TRANSICIONES_ACTIVIDAD = {
    "prevista": ("en_curso", "realizada", "cancelada"),
    "en_curso": ("realizada", "cancelada"),
    "realizada": ("en_curso",),
    "cancelada": ("prevista",),
}
# Lo que dice cada paso, como acción (botones, menú): «Empezar», «Marcar realizada»…
ACCIONES_ACTIVIDAD = {
    ("prevista", "en_curso"): "Empezar", ("prevista", "realizada"): "Marcar realizada",
    ("prevista", "cancelada"): "Cancelar la actividad", ("en_curso", "realizada"): "Marcar realizada",
    ("en_curso", "cancelada"): "Cancelar la actividad", ("realizada", "en_curso"): "Reabrir",
    ("cancelada", "prevista"): "Retomar",
}
ABIERTOS = ("prevista", "en_curso")   # los estados de una actividad que todavía tiene que pasar


def puede_pasar(desde: str, hacia: str) -> bool:
    return hacia in TRANSICIONES_ACTIVIDAD.get(desde, ())


def fecha_de_cierre(desde: str | None, hasta: str | None) -> str | None:
    """El día en que la actividad debía terminar (AAAA-MM-DD): su «hasta» o, si es de un día, su «desde»."""
    return hasta or desde


def atrasada(estado: str, desde: str | None, hasta: str | None, al: str) -> bool:
    """¿Sigue abierta (prevista o en curso) después del día en que debía terminar? `al` y las fechas, AAAA-MM-DD."""
    cierre = fecha_de_cierre(desde, hasta)
    return estado in ABIERTOS and cierre is not None and cierre < al


def toca_el_anio(desde: str | None, hasta: str | None, anio: int) -> bool:
    """¿La actividad ocurre (aunque sea en parte) en `anio`? Sin fechas, no es de ningún año."""
    if desde is None and hasta is None:
        return False
    primero, ultimo = f"{anio:04d}-01-01", f"{anio:04d}-12-31"
    return (desde or hasta) <= ultimo and (hasta or desde) >= primero
