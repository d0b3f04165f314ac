"""La red de ejemplo «Red de Ciudades del Sur»: unas 300 ciudades reales (GeoNames) para explorar el programa.

Se construye siempre igual (semilla fija): personas y contactos son ficticios; ciudades y
poblaciones son de GeoNames (geonames.org, CC BY 4.0).

La demo es un cliente de los servicios como la ventana y la línea de órdenes: escribe y lee solo con
escritorio/servicios/ (con las mismas reglas que ellas), nunca con datos/. Todo va en una sola escritura
(`servicios.base.una_sola_escritura`): la transacción de cada servicio es un SAVEPOINT dentro de ella.
"""

import csv
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..dominio.ficha import FichaMiembro
from ..dominio.miembros import cargo_local
from ..dominio.nomenclator import ANIO_DE_LAS_CIFRAS, FUENTE as FUENTE_NOMENCLATOR
from ..dominio.texto import normalizar
from ..errores import ErrorEscritorio
from ..recursos import carpeta_recursos, ciudades_geonames
from ..servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from ..servicios.base import una_sola_escritura
from ..servicios.contexto import Contexto
from ..servicios.ficha import AltaDeMiembro, AutoridadDelAlta, ContactoDelAlta, dar_de_alta
from ..servicios.miembros import listar_miembros
from .convenios import cargar_convenios_demo
from .cuotas import cargar_cuotas_demo
from .organos import cargar_organos_demo
from .sesiones import cargar_sesiones_demo

if TYPE_CHECKING:
    from ..datos.base_de_datos import BaseDeDatos

NOMBRE = "Red de Ciudades del Sur (ejemplo)"
SIGLA = "RCS"
FUNDACION = date(1995, 11, 11)  # I Cumbre de Asunción, noviembre de 1995 (semilla 001:702-703)
# GeoNames cities15000 es una instantánea antigua: sus cifras se fechan como estimación (dominio.nomenclator).
FUENTE, ANIO_CIFRAS = FUENTE_NOMENCLATOR, ANIO_DE_LAS_CIFRAS

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


def _en_orden_fundacional(fundadoras: set[int], miembros: list[dict]) -> list[int]:
    """Las fundadoras en el orden de la nota 14 de la semilla 001: Asunción primero (sede de la I Cumbre)."""
    orden = ["Asunción", "Rosario", "La Plata", "Córdoba", "Buenos Aires", "Florianópolis", "Porto Alegre", "Curitiba",
             "Rio de Janeiro", "Brasília", "Salvador", "Montevideo"]
    por_nombre = {m["nombre"]: m["id"] for m in miembros if m["id"] in fundadoras}
    return [por_nombre[n] for n in orden if n in por_nombre]


# Las etapas de la red de ejemplo y cuánto del total pesa cada una al terminar (medido: las sesiones son la mitad).
ETAPAS_DEMO = (("Leyendo las ciudades de GeoNames…", 2), ("Guardando los 300 miembros…", 10),
               ("Emitiendo las cuotas y registrando los pagos…", 35), ("Creando los órganos y sus mandatos…", 40),
               ("Convocando y celebrando las sesiones de ejemplo…", 97), ("Registrando los convenios…", 100))


def _altas(azar: random.Random, ciudades: list[dict], regiones: dict[tuple[str, str], str]) -> list[AltaDeMiembro]:
    """Cada ciudad como un miembro con su historia: población, autoridad local, a veces un enlace técnico y, pocas,
    la baja. El azar se consume en el mismo orden siempre (la demo sale igual)."""
    altas = []
    for ciudad in ciudades:
        pais, ingreso = ciudad["pais_iso2"], _fecha_ingreso(azar, ciudad)
        region = regiones.get((pais, ciudad["admin1"]))
        inicio, anios = MANDATOS[pais]
        alta = AltaDeMiembro(
            FichaMiembro(ciudad["nombre"], pais, region=region, fecha_ingreso=ingreso, modo_ingreso="solicitud_propia",
                         fundador=ciudad["fundadora"], correo=_correo(ciudad)),
            (int(ciudad["poblacion"]), ANIO_CIFRAS, FUENTE), motivo="Ingreso aprobado por la Asamblea",
            autoridad=AutoridadDelAlta(_persona(azar, pais), inicio, _cargo(ciudad),
                                       inicio.replace(year=inicio.year + anios) - timedelta(days=1)),
            ubicacion=(float(ciudad["latitud"]), float(ciudad["longitud"]), FUENTE))
        if azar.random() < 0.5:
            alta.contactos.append(ContactoDelAlta(_persona(azar, pais), "Enlace técnico", _correo(ciudad)))
        if not ciudad["fundadora"] and ingreso.year < 2015 and azar.random() < 0.03:
            alta.baja = date(azar.randint(ingreso.year + 2, 2024), azar.randint(1, 12), 1)
            alta.motivo_baja = azar.choice(_MOTIVOS_BAJA)
        altas.append(alta)
    return altas


def crear_red_demo(db: "BaseDeDatos", progreso: Callable[[str, int, int], None] | None = None) -> ResultadoDemo:
    """Crea la red de ejemplo en una sola escritura. `progreso(etapa, hecho, total)` se llama al empezar cada etapa
    (ETAPAS_DEMO) y al terminar; si lanza una excepción (p. ej. Cancelado), no queda nada escrito."""
    def avanzar(numero: int) -> None:   # empieza la etapa `numero` (la última terminó: «Listo.»)
        if progreso is not None:
            etapa = ETAPAS_DEMO[numero][0] if numero < len(ETAPAS_DEMO) else "Listo."
            progreso(etapa, ETAPAS_DEMO[numero - 1][1] if numero else 0, 100)

    if any(a["sigla"].upper() == SIGLA for a in listar_asociaciones(db)):
        raise ErrorEscritorio(f"La red de ejemplo ya está en esta base (sigla {SIGLA}). Para empezar de nuevo use otra base con --db.")
    avanzar(0)
    hoy = date.today()
    azar = random.Random(1995)
    ciudades = _elegir(_ciudades())
    altas = _altas(azar, ciudades, _regiones())
    with una_sola_escritura(db):
        asociacion_id = crear_asociacion(db, NuevaAsociacion(
            NOMBRE, SIGLA, tipo="red representativa", fecha_fundacion=FUNDACION, sede="Montevideo", idiomas="es,pt",
            papel="A4", paises=dict(PAISES)))
        contexto = Contexto(db, asociacion_id)
        avanzar(1)
        ids = dar_de_alta(contexto, altas, hoy=hoy)
        avanzar(2)
        cargar_cuotas_demo(contexto, {i: c["pais_iso2"] for i, c in zip(ids, ciudades)}, hoy)
        avanzar(3)
        fundadoras = {i for i, c in zip(ids, ciudades) if c["fundadora"]}
        vigentes = sorted(listar_miembros(contexto, al=hoy), key=lambda m: m["id"])
        organos = cargar_organos_demo(contexto, _en_orden_fundacional(fundadoras, vigentes), vigentes, hoy)
        avanzar(4)
        cargar_sesiones_demo(contexto, organos, hoy)
        avanzar(5)
        cargar_convenios_demo(contexto, hoy)
        avanzar(6)
    return ResultadoDemo(NOMBRE, SIGLA, len(altas), len(PAISES))
