"""La red de ejemplo «Red de Ciudades del Sur»: unas 300 ciudades reales (GeoNames) para explorar el programa.

Se construye siempre igual (semilla fija): personas y contactos son ficticios; ciudades y
poblaciones son de GeoNames (geonames.org, CC BY 4.0).
"""

import csv
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import demo as tabla_demo
from ..datos.dialecto import estadisticas_al_dia
from ..datos import miembros as tabla_miembros
from ..datos.conexion import transaccion
from ..dominio.miembros import cargo_local
from ..dominio.texto import normalizar
from ..errores import ErrorEscritorio
from ..recursos import carpeta_recursos, ciudades_geonames
from .cuotas import cargar_cuotas_demo
from .organos import cargar_organos_demo
from .sesiones import cargar_sesiones_demo

NOMBRE = "Red de Ciudades del Sur (ejemplo)"
SIGLA = "RCS"
FUNDACION = date(1995, 11, 11)  # I Cumbre de Asunción, noviembre de 1995 (semilla 001:702-703)
FUENTE = "GeoNames (geonames.org)"
ANIO_CIFRAS = 2015  # GeoNames cities15000 es una instantánea antigua: se fecha como estimación

PAISES = {"AR": "pleno", "BR": "pleno", "PY": "pleno", "UY": "pleno", "VE": "pleno",
          "CL": "asociado", "BO": "asociado", "PE": "asociado", "CO": "asociado"}
CUPO_POR_PAIS = {"BR": 80, "AR": 55, "UY": 19, "PY": 16, "VE": 26, "CL": 28, "BO": 14, "PE": 28, "CO": 34}
# Las doce ciudades fundadoras (semilla 001:710-711).
FUNDADORAS = {("PY", "Asunción"), ("AR", "Rosario"), ("AR", "La Plata"), ("AR", "Córdoba"),
              ("AR", "Buenos Aires"), ("BR", "Florianópolis"), ("BR", "Porto Alegre"), ("BR", "Curitiba"),
              ("BR", "Rio de Janeiro"), ("BR", "Brasília"), ("BR", "Salvador"), ("UY", "Montevideo")}
# Inicio del mandato local vigente y su duración en años (aproximados; las personas son ficticias).
MANDATOS = {"AR": (date(2023, 12, 10), 4), "BR": (date(2025, 1, 1), 4), "UY": (date(2025, 7, 10), 5),
            "PY": (date(2021, 12, 1), 5), "VE": (date(2025, 8, 1), 4), "CL": (date(2024, 12, 6), 4),
            "BO": (date(2021, 5, 3), 5), "PE": (date(2023, 1, 1), 4), "CO": (date(2024, 1, 1), 4)}
_NOMBRES_ES = ("Ana", "Carlos", "María", "Jorge", "Lucía", "Martín", "Silvia", "Diego", "Patricia", "Javier",
               "Gabriela", "Andrés", "Valeria", "Ricardo", "Florencia", "Pablo", "Carolina", "Hernán")
_NOMBRES_PT = ("João", "Maria", "Paulo", "Ana", "Carlos", "Fernanda", "Rafael", "Juliana", "Marcelo",
               "Beatriz", "Eduardo", "Luciana", "Rodrigo", "Camila", "Gustavo", "Patrícia")
_APELLIDOS_ES = ("González", "Rodríguez", "Fernández", "López", "Martínez", "Pérez", "Gómez", "Díaz",
                 "Sosa", "Benítez", "Romero", "Acosta", "Medina", "Herrera", "Castro", "Rojas", "Vargas")
_APELLIDOS_PT = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira",
                 "Ribeiro", "Carvalho", "Gomes", "Martins", "Araújo", "Barbosa", "Rocha")
_MOTIVOS_BAJA = ("Renuncia presentada por nota del intendente", "Renuncia por decisión del concejo municipal",
                 "Retiro voluntario de la red")


@dataclass
class ResultadoDemo:
    nombre: str
    sigla: str
    miembros: int
    paises: int


def _regiones() -> dict[tuple[str, str], str]:
    ruta = carpeta_recursos() / "datos" / "regiones_geonames.csv"
    if not ruta.exists():
        return {}
    with open(ruta, encoding="utf-8", newline="") as archivo:
        return {(f["pais_iso2"], f["admin1"]): f["nombre"] for f in csv.DictReader(archivo)}


def _ciudades() -> list[dict]:
    with open(ciudades_geonames(), encoding="utf-8", newline="") as archivo:
        return [f for f in csv.DictReader(archivo) if f["pais_iso2"] in PAISES]


def _elegir(ciudades: list[dict]) -> list[dict]:
    """Las fundadoras y, por país, las ciudades más pobladas hasta el cupo (el CSV viene ordenado)."""
    elegidas, por_pais = [], {pais: 0 for pais in PAISES}
    for ciudad in ciudades:
        pais = ciudad["pais_iso2"]
        fundadora = (pais, ciudad["nombre"]) in FUNDADORAS
        if fundadora or por_pais[pais] < CUPO_POR_PAIS[pais]:
            ciudad["fundadora"] = fundadora
            elegidas.append(ciudad)
            por_pais[pais] += 1
    return elegidas


def _fecha_ingreso(azar: random.Random, ciudad: dict) -> date:
    if ciudad["fundadora"]:
        return FUNDACION
    # Los países asociados se incorporan más tarde; la red crece más en los años 2000.
    desde = 1996 if PAISES[ciudad["pais_iso2"]] == "pleno" else 2001
    anio = min(2024, int(azar.triangular(desde, 2024, 2008)))
    return date(anio, 1, 1) + timedelta(days=azar.randrange(365))


def _persona(azar: random.Random, pais: str) -> str:
    nombres, apellidos = (_NOMBRES_PT, _APELLIDOS_PT) if pais == "BR" else (_NOMBRES_ES, _APELLIDOS_ES)
    return f"{azar.choice(nombres)} {azar.choice(apellidos)}"


def _cargo(ciudad: dict) -> str:
    if ciudad["clase"] == "PPLC" and ciudad["pais_iso2"] == "AR":
        return "Jefe de Gobierno"  # la Ciudad Autónoma de Buenos Aires
    return cargo_local(ciudad["pais_iso2"])


def _correo(ciudad: dict) -> str:
    dominio = normalizar(ciudad["nombre"]).replace(" ", "")
    return f"relaciones.internacionales@{dominio}.{ciudad['pais_iso2'].lower()}.ejemplo.org"


def _en_orden_fundacional(fundadoras: list[int], miembros: list[dict]) -> list[int]:
    """Las fundadoras en el orden de la nota 14 de la semilla 001: Asunción primero (sede de la I Cumbre)."""
    orden = ["Asunción", "Rosario", "La Plata", "Córdoba", "Buenos Aires", "Florianópolis", "Porto Alegre", "Curitiba",
             "Rio de Janeiro", "Brasília", "Salvador", "Montevideo"]
    por_nombre = {m["nombre"]: m["id"] for m in miembros if m["id"] in fundadoras}
    return [por_nombre[n] for n in orden if n in por_nombre]


# Las etapas de la red de ejemplo y cuánto del total pesa cada una al terminar (medido: las sesiones son la mitad).
ETAPAS_DEMO = (("Leyendo las ciudades de GeoNames…", 2), ("Guardando los 300 miembros…", 10),
               ("Emitiendo las cuotas y registrando los pagos…", 35), ("Creando los órganos y sus mandatos…", 40),
               ("Convocando y celebrando las sesiones de ejemplo…", 100))


def crear_red_demo(db: BaseDeDatos, progreso: Callable[[str, int, int], None] | None = None) -> ResultadoDemo:
    """Crea la red de ejemplo en una transacción. `progreso(etapa, hecho, total)` se llama al empezar cada etapa
    (ETAPAS_DEMO) y al terminar; si lanza una excepción (p. ej. Cancelado), no queda nada escrito."""
    def avanzar(numero: int) -> None:   # empieza la etapa `numero` (la última terminó: «Listo.»)
        if progreso is not None:
            etapa = ETAPAS_DEMO[numero][0] if numero < len(ETAPAS_DEMO) else "Listo."
            progreso(etapa, ETAPAS_DEMO[numero - 1][1] if numero else 0, 100)

    if tabla_asociaciones.por_sigla(db, SIGLA):
        raise ErrorEscritorio(f"La red de ejemplo ya está en esta base (sigla {SIGLA}). Para empezar de nuevo use otra base con --db.")
    avanzar(0)
    azar = random.Random(1995)
    regiones = _regiones()
    ciudades = _elegir(_ciudades())
    miembros, poblaciones, estados, autoridades, contactos = [], [], [], [], []
    with transaccion(db):
        asociacion_id = tabla_asociaciones.insertar(db, {
            "nombre": NOMBRE, "sigla": SIGLA, "tipo": "red representativa", "fecha_fundacion": FUNDACION.isoformat(),
            "sede": "Montevideo", "idiomas": "es,pt", "papel": "A4"})
        for pais, categoria in PAISES.items():
            tabla_asociaciones.fijar_pais(db, asociacion_id, pais, categoria)
        siguiente = tabla_miembros.proximo_id(db)
        for ciudad in ciudades:
            miembro_id, siguiente = siguiente, siguiente + 1
            pais, ingreso = ciudad["pais_iso2"], _fecha_ingreso(azar, ciudad)
            region = regiones.get((pais, ciudad["admin1"]))
            miembros.append((miembro_id, asociacion_id, "municipio", ciudad["nombre"], pais,
                             region, None, ingreso.isoformat(), "solicitud_propia",
                             int(ciudad["fundadora"]), _correo(ciudad), None,
                             tabla_miembros.clave_de(pais, region, ciudad["nombre"])))
            poblaciones.append((miembro_id, int(ciudad["poblacion"]), ANIO_CIFRAS, FUENTE))
            estados.append((miembro_id, "activo", ingreso.isoformat(), "Ingreso aprobado por la Asamblea"))
            inicio, anios = MANDATOS[pais]
            autoridades.append((miembro_id, _persona(azar, pais), _cargo(ciudad), inicio.isoformat(),
                                (inicio.replace(year=inicio.year + anios) - timedelta(days=1)).isoformat()))
            if azar.random() < 0.5:
                contactos.append((miembro_id, _persona(azar, pais), "Enlace técnico", _correo(ciudad), None))
            if not ciudad["fundadora"] and ingreso.year < 2015 and azar.random() < 0.03:
                baja = date(azar.randint(ingreso.year + 2, 2024), azar.randint(1, 12), 1)
                estados.append((miembro_id, "baja", baja.isoformat(), azar.choice(_MOTIVOS_BAJA)))
        avanzar(1)
        tabla_miembros.escribir_lotes(db, [
            (tabla_miembros.INSERTAR_MIEMBRO, miembros), (tabla_miembros.INSERTAR_POBLACION, poblaciones),
            (tabla_miembros.INSERTAR_ESTADO, estados), (tabla_miembros.INSERTAR_AUTORIDAD, autoridades),
            (tabla_miembros.INSERTAR_CONTACTO, contactos)])
        avanzar(2)
        cargar_cuotas_demo(db, asociacion_id, date.today())
        estadisticas_al_dia(db)  # en el servidor: lo que sigue consulta la deuda de cada miembro
        avanzar(3)
        fundadoras = tabla_demo.fundadoras(db, asociacion_id)
        vigentes = tabla_miembros.vigentes(db, asociacion_id, date.today().isoformat())
        cargar_organos_demo(db, asociacion_id, _en_orden_fundacional(fundadoras, vigentes), vigentes, date.today())
        avanzar(4)
        cargar_sesiones_demo(db, asociacion_id, date.today())
        avanzar(5)
    return ResultadoDemo(NOMBRE, SIGLA, len(miembros), len(PAISES))
