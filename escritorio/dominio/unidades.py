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
