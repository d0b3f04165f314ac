"""Estatuto, reglamento de cuotas, órganos, rotación y unidades temáticas de la red de ejemplo.

Órganos con la forma de Mercociudades (semilla 001:782-806); Secretaría Ejecutiva anual desde 1995
con su troika; las 15 unidades temáticas con coordinación. Todo con los servicios, dentro de la escritura de la demo.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from ..dominio.organos import CARGO_DE_LA_TROIKA
from ..dominio.normas import leer_articulos
from ..dominio.unidades import UNIDADES_MERCOCIUDADES
from ..recursos import carpeta_recursos
from ..servicios.asociaciones import categorias_al
from ..servicios.contexto import Contexto
from ..servicios.estatutos import CambioArticulo, cargar_norma, reformar
from ..servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from ..servicios.reglas_de_composicion import agregar_regla
from ..servicios.periodos import fijar_periodo
from ..servicios.rotacion import fijar_orden_de_sucesion
from ..servicios.unidades import NuevaActividad, agregar_actividad, cargar_plantilla, unidades
from .calendario import primera_sesion_del_consejo, sesion_de_marzo

FUNDACION = date(1995, 11, 11)
REFORMA_2019 = date(2019, 12, 1)
ARTICULO_13_ORIGINAL = ("El Consejo es el órgano superior de dirección entre Asambleas. Está integrado por dos ciudades "
                        "de cada país miembro pleno y una ciudad de cada país asociado, elegidas por la Asamblea. Se "
                        "reúne al menos una vez por año.")
REGLAMENTO = """Artículo 1 - Objeto
Este Reglamento fija las cuotas que los miembros aportan a la Red, según el artículo 23 del Estatuto.

Artículo 2 - Vencimiento
La cuota anual vence el 31 de marzo de cada año. Se calcula con la población del miembro al 1 de enero.

Artículo 3 - Cuota anual por población
Ciudades de menos de 100.000 habitantes: USD 100. De 100.000 a 499.999: USD 500. De 500.000 a 2.999.999: USD 1.000. De 3.000.000 y más: USD 2.000.

Artículo 4 - Exenciones
El Consejo puede eximir total o parcialmente de la cuota de un año a un miembro afectado por una emergencia.

Artículo 5 - Tolerancia
Un saldo de hasta una unidad de la moneda de la cuota no se considera cuota impaga a los efectos del artículo 9 del Estatuto. El saldo se sigue adeudando.
"""
ARTICULO_3_2022 = ("Ciudades de menos de 100.000 habitantes: USD 150. De 100.000 a 499.999: USD 600. De 500.000 a "
                   "2.999.999: USD 1.200. De 3.000.000 y más: USD 2.400. Quien ingresa durante el año paga la "
                   "proporción de los meses que resten.")


@dataclass
class OrganosDeLaDemo:
    """Lo que las sesiones de la demo necesitan de lo creado aquí."""

    asamblea: int
    consejo: int
    estatuto: int
    unidad: int             # la primera unidad temática (su coordinación se elige en el Consejo)
    nombre_unidad: str


def _texto_original(estatuto: str, articulo: str, original: str) -> str:
    """El texto del estatuto con el artículo `articulo` como era antes de su reforma."""
    actual = next(a for a in leer_articulos(estatuto)[0] if a.numero == articulo)
    assert estatuto.count(actual.texto) == 1, f"el artículo {articulo} del estatuto de la demo no es de una línea"
    return estatuto.replace(actual.texto, original)


def _reforma(contexto: Contexto, norma_id: int, numero: str, titulo: str, texto: str, desde: date,
             aprobada: str) -> None:
    reformar(contexto, norma_id, desde, [CambioArticulo(numero, texto, titulo)], aprobada_por=aprobada,
             descripcion=f"Reforma del artículo {numero}")


def _organo(contexto: Contexto, nombre: str, tipo: str, articulo: str, padre: int | None = None,
            frecuencia: int | None = None, atribuciones: str | None = None) -> int:
    # Sin la regla por omisión de una asamblea: la demo fija cada regla con la fecha del artículo que la funda.
    return crear_organo(contexto, NuevoOrgano(nombre, tipo, padre, atribuciones, frecuencia, articulo,
                                               regla_por_omision=False))


def _mandato(contexto: Contexto, organo: int, miembro: int | None, cargo: str, desde: date, hasta: date | None = None,
             persona: str | None = None, con_voto: bool = True) -> None:
    designar(contexto, organo, NuevoMandato(cargo, desde, miembro, persona, con_voto, hasta))


def cargar_organos_demo(contexto: Contexto, fundadoras: list[int], miembros: list[dict], hoy: date) -> OrganosDeLaDemo:
    """`miembros`: los del padrón (servicios.miembros.listar_miembros) en el orden en que se dieron de alta."""
    estatuto = (carpeta_recursos() / "datos" / "estatuto_demo.md").read_text(encoding="utf-8")
    estatuto_id = cargar_norma(contexto, "estatuto", "Estatuto", _texto_original(estatuto, "13", ARTICULO_13_ORIGINAL),
                               FUNDACION, "Acta fundacional")
    nuevo_13 = next(a for a in leer_articulos(estatuto)[0] if a.numero == "13")
    _reforma(contexto, estatuto_id, "13", nuevo_13.titulo, nuevo_13.texto, REFORMA_2019,
             "Asamblea General, Resolución 12/2019")
    cuotas_id = cargar_norma(contexto, "reglamento", "Reglamento de cuotas", REGLAMENTO, date(2002, 1, 1),
                             "Acta fundacional")
    _reforma(contexto, cuotas_id, "3", "Cuota anual por población", ARTICULO_3_2022, date(2022, 1, 1),
             "Asamblea General, Resolución 7/2021")

    asamblea = _organo(contexto, "Asamblea General de Socios", "asamblea", "Estatuto, art. 12", frecuencia=12,
                       atribuciones="Principal instancia de debate y decisión; aprueba las orientaciones políticas de la Red.")
    consejo = _organo(contexto, "Consejo", "consejo", "Estatuto, art. 13", asamblea, 6,
                      "Órgano superior de dirección entre Asambleas.")
    directiva = _organo(contexto, "Comisión Directiva", "comision_directiva", "Estatuto, art. 14", consejo,
                        atribuciones="Apoya a la Secretaría Ejecutiva en la coordinación de la Red.")
    ejecutiva = _organo(contexto, "Secretaría Ejecutiva", "secretaria_ejecutiva", "Estatuto, art. 15", consejo,
                        atribuciones="Preside y coordina los trabajos, divulga los documentos y representa a la Red.")
    tecnica = _organo(contexto, "Secretaría Técnica Permanente", "secretaria_tecnica", "Estatuto, art. 16",
                      ejecutiva, atribuciones="Memoria institucional, archivo y apoyo técnico. Sede: Montevideo.")
    # El Consejo como lo describe la semilla 001:796-800 y el art. 13 reformado en 2019: dos ciudades por país pleno y
    # una por asociado (electas), más las de la Comisión Directiva y la que ejerce la Secretaría Ejecutiva (de oficio),
    # que lo preside (art. 15). Cada regla lleva la fecha del texto del artículo que cita.
    reglas = [(asamblea, "todos_los_activos", {}, "Estatuto, art. 12", FUNDACION),
              (consejo, "por_categoria", {"pleno": 2, "asociado": 1}, "Estatuto, art. 13", REFORMA_2019),
              (consejo, "de_oficio", {"organos": ["comision_directiva", "secretaria_ejecutiva"]}, "Estatuto, art. 13",
               REFORMA_2019),
              (consejo, "presidencia", {"organo": "secretaria_ejecutiva"}, "Estatuto, art. 15", FUNDACION),
              (directiva, "troika", {}, "Estatuto, art. 14", FUNDACION),
              (directiva, "tamano_fijo", {"puestos": 3}, "Estatuto, art. 14", FUNDACION),
              (ejecutiva, "tamano_fijo", {"puestos": 1}, "Estatuto, art. 15", FUNDACION)]
    for o, t, p, a, d in reglas:
        agregar_regla(contexto, o, t, p, a, d)

    por_poblacion = sorted(miembros, key=lambda m: -(m["poblacion"] or 0))
    montevideo = next(m["id"] for m in miembros if m["nombre"] == "Montevideo")
    _mandato(contexto, tecnica, montevideo, "titular", date(2007, 1, 1), persona="Coordinación técnica de la Red")

    _rotacion(contexto, ejecutiva, directiva, fundadoras, por_poblacion, hoy)
    _consejo(contexto, consejo, por_poblacion, primera_sesion_del_consejo(hoy), hoy)
    unidad, nombre_unidad = _unidades(contexto, consejo, por_poblacion, hoy)
    # Cuánto dura un mandato (issue 41, §3): la Secretaría Ejecutiva y su troika, un año; el Consejo, dos. Se fija
    # después de designar: el turno en curso de la Secretaría y de su troika queda abierto (sin fin: termina con el
    # traspaso), y un mandato designado sin fin en un órgano con período terminaría al cumplirlo (servicios.organos).
    for o, meses, articulo in ((ejecutiva, 12, "Estatuto, art. 15"), (directiva, 12, "Estatuto, art. 14"),
                               (consejo, 24, "Estatuto, art. 13")):
        fijar_periodo(contexto, o, meses, articulo)
    return OrganosDeLaDemo(asamblea, consejo, estatuto_id, unidad, nombre_unidad)


def _ultimo_primero_de_diciembre(hoy: date) -> date:
    return date(hoy.year, 12, 1) if hoy >= date(hoy.year, 12, 1) else date(hoy.year - 1, 12, 1)


def _rotacion(contexto: Contexto, ejecutiva: int, directiva: int, fundadoras: list[int], por_poblacion: list[dict],
              hoy: date) -> tuple[list[int], int]:
    """Secretaría Ejecutiva anual desde 1995 (primero las fundadoras) hasta el período en curso, y su troika
    en la Comisión Directiva. Devuelve el orden de sucesión y la ciudad que la ejerce hoy."""
    inicios = [FUNDACION] + [date(anio, 12, 1) for anio in range(1996, _ultimo_primero_de_diciembre(hoy).year + 1)]
    largo = len(inicios) + 3
    orden = list(fundadoras)
    # Después de las fundadoras, se turnan los países: la ciudad más poblada de cada uno que aún no la ejerció.
    por_pais: dict[str, list[int]] = {}
    for m in por_poblacion:
        if m["id"] not in orden and m["estado"] != "baja":
            por_pais.setdefault(m["pais"], []).append(m["id"])
    while len(orden) < largo and any(por_pais.values()):
        for pais in ("AR", "BR", "UY", "PY", "VE", "CL", "BO", "PE", "CO"):
            if por_pais.get(pais) and len(orden) < largo:
                orden.append(por_pais[pais].pop(0))
    fijar_orden_de_sucesion(contexto, orden)
    for i, inicio in enumerate(inicios):
        fin = inicios[i + 1] - timedelta(days=1) if i + 1 < len(inicios) else None
        _mandato(contexto, ejecutiva, orden[i], CARGO_DE_LA_TROIKA, inicio, fin)
        for miembro in filter(None, (orden[i - 1] if i > 0 else None, orden[i], orden[i + 1])):
            _mandato(contexto, directiva, miembro, CARGO_DE_LA_TROIKA, inicio, fin)
    return orden, orden[len(inicios) - 1]


def _bienio_del_consejo(fecha: date) -> date:
    """El 1 de diciembre (de un año par) en que empezó el mandato de dos años del Consejo en curso en `fecha`."""
    inicio = _ultimo_primero_de_diciembre(fecha)
    return inicio if inicio.year % 2 == 0 else date(inicio.year - 1, 12, 1)


def _consejo(contexto: Contexto, consejo: int, por_poblacion: list[dict], desde_la_sesion: date, hoy: date) -> None:
    """Las ciudades electas por dos años: dos por país pleno y una por asociado (las más pobladas activas). Las de
    la Comisión Directiva y la Secretaría Ejecutiva se sientan de oficio (no tienen mandato en el Consejo). Cada
    bienio desde el que cubre la primera sesión de la demo (`desde_la_sesion`) hasta el que está en curso: del 1 de
    diciembre de un año par a septiembre del siguiente, dos (el Consejo que sesionó y el que empezó; antes, la
    sesión de marzo del Consejo quedaba sin electos y crear la demo fallaba en diciembre de los años pares)."""
    desde = _bienio_del_consejo(desde_la_sesion)
    while desde <= hoy:
        cupos = {pais: {"pleno": 2, "asociado": 1}.get(categoria, 0)
                 for pais, categoria in categorias_al(contexto, desde).items()}
        hasta = date(desde.year + 2, 11, 30)
        elegidos: dict[str, int] = {}
        for m in por_poblacion:
            pais = m["pais"]
            if m["estado"] == "activo" and elegidos.get(pais, 0) < cupos.get(pais, 0):
                elegidos[pais] = elegidos.get(pais, 0) + 1
                _mandato(contexto, consejo, m["id"], "titular", desde, hasta, persona=m["autoridad"])
        desde = hasta + timedelta(days=1)


def _bienio_de_las_unidades(fecha: date) -> int:
    """El año (impar) en que empezó el bienio de las coordinaciones de las unidades en curso en `fecha`."""
    return fecha.year if fecha.year % 2 == 1 else fecha.year - 1


def _unidades(contexto: Contexto, consejo: int, por_poblacion: list[dict], hoy: date) -> tuple[int, str]:
    """Las 15 unidades de la plantilla de Mercociudades: coordinación por dos años (el bienio en curso), participantes
    y dos actividades por unidad. Devuelve (id, nombre) de la primera."""
    azar = random.Random(15)
    activos = [m for m in por_poblacion if m["estado"] == "activo"]
    primer_anio = _bienio_de_las_unidades(hoy)
    # Cada bienio desde el de la sesión de marzo del Consejo (elige quién completa una coordinación: necesita a quién
    # suceder) hasta el actual. Entre enero y mayo de un año impar, esa sesión es del bienio anterior: dos.
    bienios = range(_bienio_de_las_unidades(sesion_de_marzo(hoy)), primer_anio + 1, 2)
    cargar_plantilla(contexto, consejo, "Estatuto, art. 17")
    ids = {u["nombre"]: u["id"] for u in unidades(contexto)}
    for indice, (nombre, _) in enumerate(UNIDADES_MERCOCIUDADES):
        unidad = ids[f"UT {nombre}"]
        coordinadora, *subs = activos[indice::15][:3]
        for anio in bienios:
            desde, hasta = date(anio, 1, 1), date(anio + 1, 12, 31)
            _mandato(contexto, unidad, coordinadora["id"], "coordinador", desde, hasta)
            for sub in subs:
                _mandato(contexto, unidad, sub["id"], "subcoordinador", desde, hasta)
        elegidos = {coordinadora["id"], *(s["id"] for s in subs)}
        for m in azar.sample(activos, azar.randint(8, 16)):
            if m["id"] not in elegidos:
                elegidos.add(m["id"])
                _mandato(contexto, unidad, m["id"], "integrante", date(azar.randint(2015, primer_anio), 3, 1))
        for actividad in (
                NuevaActividad(f"Seminario regional de {nombre.lower()}", date(hoy.year - 1, 6, 10),
                               date(hoy.year - 1, 6, 12), "realizada", coordinadora["id"],
                               "Declaración final firmada por las ciudades participantes."),
                NuevaActividad(f"Informe anual de la unidad {hoy.year}", date(hoy.year, 1, 15), date(hoy.year, 12, 15),
                               "en_curso", coordinadora["id"])):
            agregar_actividad(contexto, unidad, actividad)
    primera = f"UT {UNIDADES_MERCOCIUDADES[0][0]}"
    return ids[primera], primera
