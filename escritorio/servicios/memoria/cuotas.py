"""La sección «Cuotas y cobranza» de la memoria anual: lo emitido en el año, lo cobrado (por mes, con su gráfico: el
total es la suma de los pagos del año), las cuotas del año por tramo y por país, y lo que se adeuda al corte."""

from __future__ import annotations

from collections import defaultdict

from ...datos import memoria as tabla_memoria
from ...dominio import formato
from ...dominio.memoria import Cifras, Dinero, Grafico, Parrafo, Porcentaje, Seccion, Serie
from ...dominio.paises import nombre_pais
from ...dominio.traduccion import traducir
from ..cobranza import morosidad, padron_de_cuotas
from .periodo import Periodo, cifra, cifra_de_dinero, columna, fila, tabla
from ..orden_alfabetico import clave_de_la_asociacion


def cobrado_por_mes(periodo: Periodo) -> dict[str, list[tuple[int, int]]]:
    """moneda -> [(pagos, importe)] de cada mes del año (12), en la moneda de los cargos a que se imputan."""
    pagos = tabla_memoria.pagos_del_periodo(periodo.contexto.db, periodo.contexto.asociacion_id, periodo.desde_iso,
                                            periodo.al_iso)
    meses: dict[str, list[list[int]]] = {}
    for p in pagos:
        mes = meses.setdefault(p["moneda"], [[0, 0] for _ in range(12)])[int(p["fecha"][5:7]) - 1]
        mes[0] += 1
        mes[1] += p["importe"]
    return {moneda: [tuple(m) for m in lista] for moneda, lista in meses.items()}


def seccion_cuotas(periodo: Periodo) -> Seccion:
    contexto, anio, al = periodo.contexto, periodo.anio, periodo.al
    seccion = Seccion("cuotas", traducir("Cuotas y cobranza"))
    cuotas = padron_de_cuotas(contexto, anio, al)
    emitido, cobrado_del_anio, saldo_del_anio = defaultdict(int), defaultdict(int), defaultdict(int)
    for c in cuotas:
        emitido[c.moneda] += c.importe
        cobrado_del_anio[c.moneda] += min(c.pagado, c.importe)
        saldo_del_anio[c.moneda] += c.saldo
    por_mes = cobrado_por_mes(periodo)
    cobrado = {moneda: sum(importe for _, importe in meses) for moneda, meses in por_mes.items()}
    deudas = [d for d in morosidad(contexto, al) if d.morosa]
    adeudado = defaultdict(int)
    for d in deudas:
        adeudado[d.moneda] += d.total
    corte = formato.fecha(al)
    seccion.agregar(Cifras((
        cifra_de_dinero(traducir("Cuotas anuales emitidas para {0}").format(anio), dict(emitido), "emitido"),
        cifra_de_dinero(traducir("Cobrado en {0}").format(anio), cobrado, "cobrado"),
        cifra_de_dinero(traducir("Saldo de las cuotas de {0}").format(anio), dict(saldo_del_anio), "saldo"),
        cifra(traducir("Miembros en mora al {0}").format(corte), len({d.miembro_id for d in deudas}), "en_mora"),
        cifra_de_dinero(traducir("Deuda vencida al {0}").format(corte), dict(adeudado), "adeudado"))))
    seccion.agregar(Parrafo(traducir(
        "«Cobrado en {0}» suma los pagos recibidos en el año (de cuotas de cualquier año), en la moneda de los cargos a "
        "que se imputan; las tablas por tramo y por país muestran las cuotas de {0} y lo cobrado de ellas al {1}.")
        .format(anio, corte)))
    seccion.agregar(*_por_mes(periodo, por_mes))
    seccion.agregar(_por_tramo(periodo, cuotas), _por_pais(periodo, cuotas, deudas),
                    *_por_agrupacion(periodo, cuotas, deudas))
    return seccion


def _por_mes(periodo: Periodo, por_mes: dict[str, list[tuple[int, int]]]) -> list:
    """Un gráfico por moneda (de los meses hasta el corte) y la tabla con las mismas cifras."""
    ultimo = periodo.al.month
    etiquetas = tuple(formato.mes(m) for m in range(1, ultimo + 1))
    bloques = []
    for moneda, meses in sorted(por_mes.items()):
        valores = tuple(importe for _, importe in meses[:ultimo])
        textos = tuple(formato.importe(v, moneda) if v else "" for v in valores)   # sin rótulo en un mes sin cobros
        descripcion = traducir("Cobrado por mes en {0}, en {1}: {2}.").format(
            periodo.anio, moneda, "; ".join(f"{formato.mes(m, corto=False)}: {formato.importe(v, moneda)}" for m, v in
                                             zip(range(1, ultimo + 1), valores)))
        bloques.append(Grafico(f"cobranza_por_mes_{moneda}", traducir("Cobranza por mes ({0})").format(moneda),
                               etiquetas, (Serie(moneda, tuple(v / 10 ** formato.decimales(moneda) for v in valores)),),
                               (textos,), descripcion, moneda))
    filas = []
    for m in range(ultimo):
        pagos = sum(meses[m][0] for meses in por_mes.values())
        importes = {moneda: meses[m][1] for moneda, meses in por_mes.items() if meses[m][1]}
        filas.append(fila([formato.mes(m + 1, corto=False).capitalize(), pagos, Dinero.de(importes)], m + 1,
                          [pagos, sorted(importes.items())]))
    total_pagos = sum(n for meses in por_mes.values() for n, _ in meses)
    total = {moneda: sum(i for _, i in meses) for moneda, meses in por_mes.items()}
    bloques.append(tabla("cobranza_por_mes", traducir("Cobrado por mes en {0}").format(periodo.anio),
                         [columna(traducir("Mes"), 2), columna(traducir("Pagos"), 1, True),
                          columna(traducir("Cobrado"), 3, True)],
                         filas if total_pagos else [], traducir("Sin pagos recibidos en {0}.").format(periodo.anio),
                         [traducir("Total"), total_pagos, Dinero.de(total)]))
    return bloques


def _totales(cuotas) -> tuple[dict, dict, dict]:
    emitido, cobrado, saldo = defaultdict(int), defaultdict(int), defaultdict(int)
    for c in cuotas:
        emitido[c.moneda] += c.importe
        cobrado[c.moneda] += min(c.pagado, c.importe)
        saldo[c.moneda] += c.saldo
    return emitido, cobrado, saldo


def _fila_de_cuotas(nombre: str, cuotas: list, clave: str) -> object:
    emitido, cobrado, saldo = _totales(cuotas)
    al_dia = sum(1 for c in cuotas if not c.saldo)
    return fila([nombre, len(cuotas), Dinero.de(emitido), Dinero.de(cobrado), Dinero.de(saldo),
                 Porcentaje(al_dia, len(cuotas))], clave,
                [len(cuotas), sorted(emitido.items()), sorted(cobrado.items()), sorted(saldo.items()), al_dia])


def _fila_total(cuotas: list) -> list[str]:
    emitido, cobrado, saldo = _totales(cuotas)
    return [traducir("Total"), len(cuotas), Dinero.de(emitido), Dinero.de(cobrado), Dinero.de(saldo),
            Porcentaje(sum(1 for c in cuotas if not c.saldo), len(cuotas))]


def _columnas_de_cuotas(primera: str) -> list:
    return [columna(primera, 2.4), columna(traducir("Cuotas"), 0.8, True), columna(traducir("Emitido"), 1.6, True),
            columna(traducir("Cobrado"), 1.6, True), columna(traducir("Saldo"), 1.6, True),
            columna(traducir("Al día"), 0.8, True)]


def _por_tramo(periodo: Periodo, cuotas: list):
    grupos: dict[str, list] = {}
    for c in cuotas:
        grupos.setdefault(c.tramo or "—", []).append(c)
    # Los tramos en el orden de la escala (del de menos habitantes al de más); sin tramo, al final.
    orden = sorted(grupos, key=lambda t: (t == "—", min((c.poblacion or 0 for c in grupos[t]), default=0)))
    filas = [_fila_de_cuotas(tramo, grupos[tramo], tramo) for tramo in orden]
    return tabla("cuotas_por_tramo", traducir("Cuotas de {0} por tramo").format(periodo.anio),
                 _columnas_de_cuotas(traducir("Tramo")), filas,
                 traducir("Sin cuotas anuales emitidas para {0}.").format(periodo.anio),
                 _fila_total(cuotas) if cuotas else None, hoja=traducir("Cuotas {0} por tramo").format(periodo.anio))


def _por_pais(periodo: Periodo, cuotas: list, deudas: list):
    from .red import miembros_al_corte

    pais_de = {m["id"]: nombre_pais(m["pais"]) for m in miembros_al_corte(periodo)}
    return _cuotas_por(periodo, cuotas, deudas, lambda c: c.pais, lambda d: pais_de.get(d.miembro_id, "—"),
                       clave_de_la_asociacion(periodo.contexto), "cuotas_por_pais", traducir(
                           "Cuotas de {0} por país y miembros en mora al {1}").format(periodo.anio,
                                                                                     formato.fecha(periodo.al)),
                       traducir("País"), traducir("Cuotas {0} por país").format(periodo.anio))


def _por_agrupacion(periodo: Periodo, cuotas: list, deudas: list) -> list:
    """Una tabla como la de los países por cada agrupación definida (la región continental: issue 80, §2); un
    miembro sin grupo va en «Sin grupo», al final."""
    from ..agrupaciones import agrupaciones, grupos_de_los_miembros

    tablas = []
    for indice, (agrupacion, grupos) in enumerate(agrupaciones(periodo.contexto).items(), start=1):
        de_cada = grupos_de_los_miembros(periodo.contexto, agrupacion)
        sin_grupo = traducir("Sin grupo")
        orden = {g.nombre: i for i, g in enumerate(grupos)}
        tablas.append(_cuotas_por(
            periodo, cuotas, deudas, lambda c: de_cada.get(c.miembro_id, sin_grupo),
            lambda d: de_cada.get(d.miembro_id, sin_grupo), lambda g: orden.get(g, len(orden)),
            f"cuotas_por_agrupacion_{indice}", traducir("Cuotas de {0} por {1} y miembros en mora al {2}").format(
                periodo.anio, agrupacion, formato.fecha(periodo.al)), traducir("Grupo"),
            traducir("Cuotas {0} por {1}").format(periodo.anio, agrupacion)))
    return tablas


def _cuotas_por(periodo: Periodo, cuotas: list, deudas: list, de_la_cuota, de_la_deuda, orden, clave: str,
                titulo: str, rotulo: str, hoja: str):
    """La tabla de las cuotas del año y los miembros en mora agrupados por lo que dicen `de_la_cuota` y
    `de_la_deuda` (el país, el grupo de una agrupación), en el `orden` de sus claves."""
    grupos: dict[str, list] = {}
    for c in cuotas:
        grupos.setdefault(de_la_cuota(c), []).append(c)
    en_mora: dict[str, set] = defaultdict(set)
    for d in deudas:
        en_mora[de_la_deuda(d)].add(d.miembro_id)
    filas = []
    for grupo in sorted(set(grupos) | set(en_mora), key=orden):
        base = _fila_de_cuotas(grupo, grupos.get(grupo, []), grupo)
        filas.append(fila([*base.celdas, len(en_mora.get(grupo, ()))], grupo,
                          [base.valor, len(en_mora.get(grupo, ()))]))
    total = [*_fila_total(cuotas), len({d.miembro_id for d in deudas})] if filas else None
    return tabla(clave, titulo, [*_columnas_de_cuotas(rotulo), columna(traducir("En mora"), 0.9, True)], filas,
                 traducir("Sin cuotas anuales emitidas para {0}.").format(periodo.anio), total, hoja=hoja)
