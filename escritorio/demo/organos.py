"""Estatuto, reglamento de cuotas, órganos, rotación y unidades temáticas de la red de ejemplo.

Órganos con la forma de Mercociudades (semilla 001:782-806); Secretaría Ejecutiva anual desde 1995
con su troika; las 15 unidades temáticas con coordinación. Todo dentro de la transacción de la demo.
"""

import json
import random
from datetime import date, timedelta

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import normas as tabla_normas
from ..datos import demo as tabla_demo
from ..datos import organos as tabla_organos
from ..dominio.normas import leer_articulos
from ..dominio.unidades import UNIDADES_MERCOCIUDADES
from ..recursos import carpeta_recursos

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


def _norma(db: BaseDeDatos, asociacion_id: int, tipo: str, titulo: str, texto: str, desde: date, reemplazos: dict) -> int:
    norma_id = tabla_normas.insertar_norma(db, asociacion_id, tipo, titulo)
    reforma = tabla_normas.insertar_reforma(db, norma_id, desde.isoformat(), "Acta fundacional", "Texto original")
    articulos, _ = leer_articulos(texto)
    tabla_demo.insertar_versiones(db, [
        (norma_id, reforma, a.numero, a.titulo, reemplazos.get(a.numero, a.texto), desde.isoformat(), 0) for a in articulos])
    return norma_id


def _reforma(db: BaseDeDatos, norma_id: int, numero: str, titulo: str, texto: str, desde: date, aprobada: str) -> None:
    reforma = tabla_normas.insertar_reforma(db, norma_id, desde.isoformat(), aprobada, f"Reforma del artículo {numero}")
    tabla_demo.insertar_versiones(db, [(norma_id, reforma, numero, titulo, texto, desde.isoformat(), 0)])


def _organo(db: BaseDeDatos, asociacion_id: int, nombre: str, tipo: str, articulo: str, padre: int | None = None,
            frecuencia: int | None = None, atribuciones: str | None = None) -> int:
    return tabla_organos.insertar_organo(db, asociacion_id, {"nombre": nombre, "tipo": tipo, "padre_id": padre,
                                                     "atribuciones": atribuciones, "frecuencia_meses": frecuencia,
                                                     "articulo": articulo})


def _mandato(db: BaseDeDatos, organo: int, miembro: int | None, cargo: str, desde: date, hasta: date | None = None,
             persona: str | None = None, con_voto: bool = True) -> None:
    tabla_organos.insertar_mandato(db, organo, miembro, persona, cargo, int(con_voto), desde.isoformat(),
                           hasta.isoformat() if hasta else None, None)


def cargar_organos_demo(db: BaseDeDatos, asociacion_id: int, fundadoras: list[int], miembros: list[dict], hoy: date) -> None:
    estatuto = (carpeta_recursos() / "datos" / "estatuto_demo.md").read_text(encoding="utf-8")
    estatuto_id = _norma(db, asociacion_id, "estatuto", "Estatuto", estatuto, FUNDACION, {"13": ARTICULO_13_ORIGINAL})
    nuevo_13 = next(a for a in leer_articulos(estatuto)[0] if a.numero == "13")
    _reforma(db, estatuto_id, "13", nuevo_13.titulo, nuevo_13.texto, REFORMA_2019, "Asamblea General, Resolución 12/2019")
    cuotas_id = _norma(db, asociacion_id, "reglamento", "Reglamento de cuotas", REGLAMENTO, date(2002, 1, 1), {})
    _reforma(db, cuotas_id, "3", "Cuota anual por población", ARTICULO_3_2022, date(2022, 1, 1),
             "Asamblea General, Resolución 7/2021")

    asamblea = _organo(db, asociacion_id, "Asamblea General de Socios", "asamblea", "Estatuto, art. 12", frecuencia=12,
                       atribuciones="Principal instancia de debate y decisión; aprueba las orientaciones políticas de la Red.")
    consejo = _organo(db, asociacion_id, "Consejo", "consejo", "Estatuto, art. 13", asamblea, 6,
                      "Órgano superior de dirección entre Asambleas.")
    directiva = _organo(db, asociacion_id, "Comisión Directiva", "comision_directiva", "Estatuto, art. 14", consejo,
                        atribuciones="Apoya a la Secretaría Ejecutiva en la coordinación de la Red.")
    ejecutiva = _organo(db, asociacion_id, "Secretaría Ejecutiva", "secretaria_ejecutiva", "Estatuto, art. 15", consejo,
                        atribuciones="Preside y coordina los trabajos, divulga los documentos y representa a la Red.")
    tecnica = _organo(db, asociacion_id, "Secretaría Técnica Permanente", "secretaria_tecnica", "Estatuto, art. 16",
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
        tabla_organos.insertar_regla_con_fecha(db, o, t, json.dumps(p), a, d.isoformat())
    # Cuánto dura un mandato (issue 41, §3): la Secretaría Ejecutiva y su troika, un año; el Consejo, dos.
    for o, meses, articulo in ((ejecutiva, 12, "Estatuto, art. 15"), (directiva, 12, "Estatuto, art. 14"),
                               (consejo, 24, "Estatuto, art. 13")):
        tabla_organos.fijar_periodo(db, o, meses, articulo)

    por_poblacion = sorted(miembros, key=lambda m: -(m["poblacion"] or 0))
    montevideo = next(m["id"] for m in miembros if m["nombre"] == "Montevideo")
    _mandato(db, tecnica, montevideo, "titular", date(2007, 1, 1), persona="Coordinación técnica de la Red")

    _rotacion(db, ejecutiva, directiva, fundadoras, por_poblacion, hoy)
    _consejo(db, consejo, por_poblacion, tabla_asociaciones.categorias_al(db, asociacion_id, hoy.isoformat()), hoy)
    _unidades(db, asociacion_id, consejo, por_poblacion, hoy)


def _ultimo_primero_de_diciembre(hoy: date) -> date:
    return date(hoy.year, 12, 1) if hoy >= date(hoy.year, 12, 1) else date(hoy.year - 1, 12, 1)


def _rotacion(db: BaseDeDatos, ejecutiva: int, directiva: int, fundadoras: list[int], por_poblacion: list[dict],
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
    tabla_organos.fijar_orden(db, ejecutiva, orden)
    for i, inicio in enumerate(inicios):
        fin = inicios[i + 1] - timedelta(days=1) if i + 1 < len(inicios) else None
        _mandato(db, ejecutiva, orden[i], "titular", inicio, fin)
        for miembro in filter(None, (orden[i - 1] if i > 0 else None, orden[i], orden[i + 1])):
            _mandato(db, directiva, miembro, "titular", inicio, fin)
    return orden, orden[len(inicios) - 1]


def _consejo(db: BaseDeDatos, consejo: int, por_poblacion: list[dict], categorias: dict[str, str], hoy: date) -> None:
    """Las ciudades electas por dos años: dos por país pleno y una por asociado (las más pobladas activas). Las de
    la Comisión Directiva y la Secretaría Ejecutiva se sientan de oficio (no tienen mandato en el Consejo)."""
    cupos = {pais: {"pleno": 2, "asociado": 1}.get(categoria, 0) for pais, categoria in categorias.items()}
    inicio = _ultimo_primero_de_diciembre(hoy)
    desde = inicio if inicio.year % 2 == 0 else date(inicio.year - 1, 12, 1)
    hasta = date(desde.year + 2, 11, 30)
    elegidos: dict[str, int] = {}
    for m in por_poblacion:
        pais = m["pais"]
        if m["estado"] == "activo" and elegidos.get(pais, 0) < cupos.get(pais, 0):
            elegidos[pais] = elegidos.get(pais, 0) + 1
            _mandato(db, consejo, m["id"], "titular", desde, hasta, persona=m["autoridad"])


def _unidades(db: BaseDeDatos, asociacion_id: int, consejo: int, por_poblacion: list[dict], hoy: date) -> None:
    """Coordinación por dos años (el bienio en curso), participantes y dos actividades por unidad."""
    azar = random.Random(15)
    activos = [m for m in por_poblacion if m["estado"] == "activo"]
    primer_anio = hoy.year if hoy.year % 2 == 1 else hoy.year - 1
    desde, hasta = date(primer_anio, 1, 1), date(primer_anio + 1, 12, 31)
    for indice, (nombre, objetivo) in enumerate(UNIDADES_MERCOCIUDADES):
        unidad = _organo(db, asociacion_id, f"UT {nombre}", "unidad_tematica", "Estatuto, art. 17", consejo,
                         atribuciones=objetivo)
        coordinadora, *subs = activos[indice::15][:3]
        _mandato(db, unidad, coordinadora["id"], "coordinador", desde, hasta)
        for sub in subs:
            _mandato(db, unidad, sub["id"], "subcoordinador", desde, hasta)
        elegidos = {coordinadora["id"], *(s["id"] for s in subs)}
        for m in azar.sample(activos, azar.randint(8, 16)):
            if m["id"] not in elegidos:
                elegidos.add(m["id"])
                _mandato(db, unidad, m["id"], "integrante", date(azar.randint(2015, primer_anio), 3, 1))
        tabla_demo.insertar_actividades(db, [
            (unidad, f"Seminario regional de {nombre.lower()}", f"{hoy.year - 1}-06-10", f"{hoy.year - 1}-06-12",
             "realizada", coordinadora["id"], "Declaración final firmada por las ciudades participantes."),
            (unidad, f"Informe anual de la unidad {hoy.year}", f"{hoy.year}-01-15", f"{hoy.year}-12-15", "en_curso",
             coordinadora["id"], None),
        ])
