"""Buscar en todo: miembros, sesiones, resoluciones, artículos vigentes del estatuto y los reglamentos, y pagos por
número de recibo. Lo usan la paleta de la ventana (Ctrl+K) y «escritorio buscar TEXTO».

Qué coincide lo dice dominio/busqueda.py (sin mayúsculas ni tildes, cada palabra, las cifras enteras). La comparación
es en Python, igual en SQLite y en PostgreSQL: se leen las columnas que se muestran de cada clase (miles de filas, unos
milisegundos) y cada texto se normaliza una sola vez por proceso (`_normal`, con memoria): la paleta busca de nuevo en
cada pausa al escribir y lo ya normalizado no se repite. Los pagos se piden a la base por número de recibo.

Cada clase devuelve a lo sumo `limite` resultados, los mejores primero, y cuántos coinciden en total.
"""

from datetime import date
from functools import lru_cache
from typing import TypedDict

from ..datos import busqueda as tabla_busqueda
from ..datos.sesiones import resoluciones as filas_de_resoluciones
from ..datos.sesiones import sesiones as filas_de_sesiones
from ..dominio import entrada
from ..dominio.busqueda import (CLASES, LIMITE_MAXIMO, LIMITE_POR_CLASE, NOMBRES_DE_CLASE, Consulta, fragmento,
                                leer_consulta, numeros_de_recibo)
from ..dominio.dinero import formatear
from ..dominio.miembros import ESTADOS_REGISTRADOS
from ..dominio.normas import VersionArticulo, texto_vigente
from ..dominio.paises import nombre_pais
from ..dominio.sesiones import ESTADOS_SESION, cita_resolucion
from ..dominio.texto import normalizar
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from .base import hoy
from .contexto import Contexto
from .pagos import numero_recibo
from .sesiones import titulo_sesion


class Encontrado(TypedDict):
    """Un resultado: qué es (`clase`), cómo se muestra (`titulo`, `detalle`) y adónde lleva.

    `id` es el del miembro, la sesión, la resolución o el pago; en un artículo, el de su norma. Una resolución lleva
    a la sesión y al punto del orden del día en que se adoptó (`sesion_id`, `punto_id`); un artículo, a su norma y
    su número (`norma_id`, `articulo`); un pago, también a su miembro (`miembro_id`)."""

    clase: str
    id: int
    titulo: str
    detalle: str
    sesion_id: int | None
    punto_id: int | None
    norma_id: int | None
    articulo: str | None
    miembro_id: int | None


class Grupo(TypedDict):
    """Los resultados de una clase: los primeros `limite` y cuántos coinciden en total."""

    clase: str
    nombre: str
    resultados: list[Encontrado]
    total: int


class Busqueda(TypedDict):
    """Lo buscado y sus grupos, en el orden de `dominio.busqueda.CLASES`; solo las clases con algún resultado."""

    texto: str
    grupos: list[Grupo]
    total: int


LARGO_MAXIMO = 200  # lo que se escribe en una búsqueda; más es un error de quien llama, no una búsqueda


@lru_cache(maxsize=65536)
def _normal(texto: str | None) -> str:
    """`normalizar` con memoria: el mismo texto (un nombre, el cuerpo de una resolución) se normaliza una vez."""
    return normalizar(texto)


def _encontrado(clase: str, id_: int, titulo: str, detalle: str, **destino) -> Encontrado:
    base: Encontrado = {"clase": clase, "id": id_, "titulo": titulo, "detalle": detalle, "sesion_id": None,
                        "punto_id": None, "norma_id": None, "articulo": None, "miembro_id": None}
    base.update(destino)  # type: ignore[typeddict-item]
    return base


# --- cada clase: (orden, resultado) de lo que coincide ---------------------------------------------------------

def _miembros(contexto: Contexto, consulta: Consulta, limite: int) -> tuple[list[Encontrado], int]:
    """Por nombre, región, código o país; primero los que empiezan como lo escrito, después los que lo tienen en el
    nombre, después los de esa región o país; en cada tramo, por nombre."""
    candidatos = []
    paises: dict[str, str] = {}
    for miembro_id, nombre, pais, region, codigo in tabla_busqueda.miembros(contexto.db, contexto.asociacion_id):
        if pais not in paises:
            paises[pais] = nombre_pais(pais)
        en_nombre = _normal(nombre)
        resto = _normal(f"{region or ''} {codigo or ''} {paises[pais]} {pais}")
        if not consulta.coincide(en_nombre, resto):
            continue
        if en_nombre.startswith(consulta.texto):
            tramo = 0
        elif consulta.coincide(en_nombre):
            tramo = 1
        else:
            tramo = 2
        candidatos.append(((tramo, en_nombre, miembro_id), (miembro_id, nombre, pais, region)))
    candidatos.sort(key=lambda c: c[0])
    elegidos = [c[1] for c in candidatos[:limite]]
    estados = tabla_busqueda.estados(contexto.db, [m[0] for m in elegidos], hoy().isoformat())
    resultados = []
    for miembro_id, nombre, pais, region in elegidos:
        partes = [nombre_pais(pais)] + ([region] if region else [])
        estado = estados.get(miembro_id)
        if estado and estado != "activo":
            partes.append(traducir(ESTADOS_REGISTRADOS[estado]))
        resultados.append(_encontrado("miembro", miembro_id, nombre, " · ".join(partes)))
    return resultados, len(candidatos)


def _fecha(iso: str) -> str:
    return formato.fecha(iso)


def _sesiones(contexto: Contexto, consulta: Consulta, limite: int) -> tuple[list[Encontrado], int]:
    """Por órgano, número (romano o arábigo), tipo, fecha (DD/MM/AAAA o AAAA-MM-DD) o lugar; las más nuevas primero."""
    resultados = []
    for s in filas_de_sesiones(contexto.db, contexto.asociacion_id):   # ya de la más nueva a la más vieja
        titulo = titulo_sesion(s)
        texto = _normal(f"{titulo} {s['organo']} {traducir('sesión')} {s['numero']} {s['tipo']} "
                        f"{_fecha(s['fecha'])} {s['fecha']} {s['lugar'] or ''}")
        if consulta.coincide(texto):
            detalle = " · ".join(filter(None, (_fecha(s["fecha"]), traducir(ESTADOS_SESION[s["estado"]]),
                                               s["lugar"])))
            resultados.append(_encontrado("sesion", s["id"], titulo, detalle, sesion_id=s["id"]))
    return resultados[:limite], len(resultados)


def _resoluciones(contexto: Contexto, consulta: Consulta, limite: int) -> tuple[list[Encontrado], int]:
    """Por número («3/2025»), tipo, órgano, título o texto; primero las que coinciden sin mirar el texto, y en cada
    tramo las más nuevas primero."""
    candidatos = []
    for r in filas_de_resoluciones(contexto.db, contexto.asociacion_id):   # ya de la más nueva a la más vieja
        cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
        cabeza = _normal(f"{cita} {r['titulo']}")
        if consulta.coincide(cabeza):
            tramo = 0
        elif consulta.coincide(cabeza, _normal(r["texto"])):
            tramo = 1
        else:
            continue
        candidatos.append((tramo, cita, r))
    candidatos.sort(key=lambda c: c[0])   # estable: dentro de cada tramo, el orden de la consulta
    resultados = []
    for tramo, cita, r in candidatos[:limite]:   # el trozo del texto, solo de los que se muestran
        detalle = r["titulo"] if tramo == 0 else f"{r['titulo']} — {fragmento(r['texto'], consulta)}"
        resultados.append(_encontrado("resolucion", r["id"], cita, detalle, sesion_id=r["sesion_id"],
                                      punto_id=r["punto_id"]))
    return resultados, len(candidatos)


def _articulos(contexto: Contexto, consulta: Consulta, limite: int) -> tuple[list[Encontrado], int]:
    """El texto vigente hoy de cada norma, por número («art 9», «artículo 9»), título o texto; primero los que
    coinciden por número o título, después por el texto; en cada tramo, en el orden de las normas."""
    por_norma: dict[int, tuple[dict, list[VersionArticulo]]] = {}
    for v in tabla_busqueda.versiones_de_las_normas(contexto.db, contexto.asociacion_id):
        norma = por_norma.setdefault(v["norma_id"], (v, []))
        norma[1].append(VersionArticulo(v["numero"], v["titulo"], v["texto"], date.fromisoformat(v["vigente_desde"]),
                                        bool(v["derogado"])))
    al = hoy()
    candidatos = []
    for norma, versiones in por_norma.values():
        for v in texto_vigente(versiones, al):
            nombre = traducir("Art. {0}").format(v.numero) + (f" — {v.titulo}" if v.titulo else "")
            cabeza = _normal(f"{traducir('artículo')} art {v.numero} {v.titulo or ''} {norma['norma']}")
            if consulta.coincide(cabeza):
                tramo = 0
            elif consulta.coincide(cabeza, _normal(v.texto)):
                tramo = 1
            else:
                continue
            candidatos.append((tramo, nombre, norma, v))
    candidatos.sort(key=lambda c: c[0])   # estable: dentro de cada tramo, en el orden de las normas
    return [_encontrado("articulo", norma["norma_id"], nombre, f"{norma['norma']} · {fragmento(v.texto, consulta)}",
                        norma_id=norma["norma_id"], articulo=v.numero)
            for _tramo, nombre, norma, v in candidatos[:limite]], len(candidatos)


def _pagos(contexto: Contexto, consulta: Consulta, limite: int) -> tuple[list[Encontrado], int]:
    """Por número de recibo («12», «0012/2025», «12/2025»), y si se escribe algo más, del miembro que lo nombra;
    los más nuevos primero."""
    numeros = numeros_de_recibo(consulta)
    resultados = []
    for p in tabla_busqueda.pagos_por_recibo(contexto.db, contexto.asociacion_id, numeros, LIMITE_MAXIMO):
        recibo = numero_recibo(p["recibo_anio"], p["recibo_numero"])
        if not consulta.coincide(_normal(f"{traducir('recibo')} {recibo} {p['miembro']}")):
            continue
        partes = [p["miembro"], _fecha(p["fecha"]), formatear(p["importe"], p["moneda"])]
        if p["anulado_en"]:
            partes.append(traducir("ANULADO"))
        resultados.append(_encontrado("pago", p["id"], traducir("Recibo {0}").format(recibo), " · ".join(partes),
                                      miembro_id=p["miembro_id"]))
    return resultados[:limite], len(resultados)


_POR_CLASE = {"miembro": _miembros, "sesion": _sesiones, "resolucion": _resoluciones, "articulo": _articulos,
              "pago": _pagos}


def buscar(contexto: Contexto, texto: str, limite: int = LIMITE_POR_CLASE) -> Busqueda:
    """Lo que coincide con `texto` en cada clase (a lo sumo `limite` por clase). Sin nada que buscar (vacío o solo
    signos), ningún grupo."""
    if not isinstance(texto, str) or len(texto) > LARGO_MAXIMO:
        raise ErrorEscritorio(traducir("Lo que se busca tiene que ser un texto de hasta {0} caracteres (se "
                                       "escribió {1}).").format(LARGO_MAXIMO, entrada.muestra(texto)))
    if isinstance(limite, bool) or not isinstance(limite, int) or not 1 <= limite <= LIMITE_MAXIMO:
        raise ErrorEscritorio(traducir("El límite de resultados por clase va de 1 a {0} (se pidió {1}).").format(
            LIMITE_MAXIMO, entrada.muestra(limite)))
    consulta = leer_consulta(texto)
    grupos: list[Grupo] = []
    if not consulta.vacia:
        for clase in CLASES:
            resultados, total = _POR_CLASE[clase](contexto, consulta, limite)
            if total:
                grupos.append({"clase": clase, "nombre": traducir(NOMBRES_DE_CLASE[clase]), "resultados": resultados,
                               "total": total})
    return {"texto": texto.strip(), "grupos": grupos, "total": sum(g["total"] for g in grupos)}

