"""Reglas que citan el texto anterior de un artículo reformado (issue 13, punto 4).

Las reglas guardadas citan artículos: las de sesión (quórum, mayoría, poderes, con su `vigente_desde`), las de
composición de los órganos (con su `desde`: la fecha del texto que citan), la anticipación de la convocatoria
de cada órgano, las escalas de cuotas (su artículo y el del ingreso, con su `desde`) y la regla de suspensión
del voto de la asociación. Cuando el artículo citado se reforma, la regla sigue diciendo lo que decía el texto
anterior hasta que alguien la revisa; este servicio las encuentra y dice cómo revisarlas:

- una regla con fecha queda marcada si el artículo que cita tiene una versión que empezó a regir después de su
  fecha y mientras ella regía (antes de la versión siguiente de la regla, si la hay);
- una regla sin fecha (la convocatoria de un órgano, la suspensión del voto) queda marcada si se guardó antes
  de que se registrara la reforma (el orden de la bitácora): volver a guardarla es revisarla.

Revisar una regla de composición es actualizar su `desde` (revisar_regla); una regla de sesión o una escala se
revisa guardando una versión nueva desde la fecha de la reforma (Órganos > Reglas de sesión…; cuotas escala).
Este servicio solo informa sobre ellas.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from ..datos.base_de_datos import BaseDeDatos

from ..datos import bitacora as tabla_bitacora
from ..datos import cuotas as tabla_cuotas
from ..datos import normas as tabla_normas
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..datos.sesiones import articulo_de_suspension
from ..dominio.mayorias import TIPOS_DECISION
from ..dominio.normas import Cita, VersionArticulo, leer_cita, norma_de_la_cita, reformas_posteriores, version_en
from ..dominio.organos import REGLAS
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from . import campos
from .contexto import Contexto
from .estatutos import listar_normas, versiones_de_la_norma

# Lo que se dice de cada regla (qué es, por qué quedó marcada, cómo revisarla) sale en el idioma en curso: se arma al
# buscarlas, para mostrarlo (la ventana; la línea de órdenes, en castellano). No se guarda.


def _campos_de_sesion() -> tuple[tuple[str, str], ...]:
    """(columna con la cita, qué regla de sesión es) en el idioma en curso."""
    return (("articulo", traducir("quórum")), ("articulo_mayoria", traducir("mayoría")),
            ("articulo_poderes", traducir("poderes")))


def _campos_de_escala() -> tuple[tuple[str, str], ...]:
    """(columna con la cita, qué regla de la escala es) en el idioma en curso."""
    return (("articulo", traducir("escala")), ("articulo_ingreso", traducir("primer año de quien ingresa")))


@dataclass(frozen=True)
class ReglaMarcada:
    """Una regla que cita un artículo en un texto que ya fue reformado."""

    tabla: str              # reglas_quorum, reglas_composicion, organos, escalas, asociaciones
    fila_id: int
    campo: str              # la columna que tiene la cita
    que: str                # «Consejo: poderes de la regla de sesión ordinaria (vigente desde el 01/01/1995)»
    cita: str               # tal como está guardada: «Estatuto, art. 21»
    norma: str              # el título de la norma: «Estatuto de la Red»
    articulo: str           # «21»
    texto_de: date | None   # desde cuándo regía el texto que la regla cita (None: el artículo no existía)
    reformado: date         # desde cuándo rige el texto nuevo
    como_revisar: str
    organo_id: int | None = None

    @property
    def motivo(self) -> str:
        """«la regla cita el art. 21 en su texto de 2025; rige otro texto desde el 21/05/2026»."""
        if self.texto_de:
            return traducir("la regla cita el art. {0} en su texto de {1}; rige otro texto desde el {2}").format(
                self.articulo, self.texto_de.year, formato.fecha(self.reformado))
        return traducir("la regla cita el art. {0} antes de que existiera; rige otro texto desde el {1}").format(
            self.articulo, formato.fecha(self.reformado))

    def mensaje(self) -> str:
        return f"{self.que}: {self.motivo} ({self.cita}). {self.como_revisar}"


def _fecha(valor) -> date | None:
    return date.fromisoformat(str(valor)[:10]) if valor else None


class _Normas:
    """Las normas de la asociación con sus versiones, para resolver citas («Estatuto», «Reglamento de cuotas»)."""

    def __init__(self, db: BaseDeDatos, asociacion_id: int):
        self.db = db
        self.todas = listar_normas(Contexto(db, asociacion_id))
        self._versiones: dict[int, list[VersionArticulo]] = {}
        self._ids: dict[int, dict[tuple[str, str], int]] = {}

    def norma(self, cita: Cita) -> dict | None:
        """La norma que la cita nombra; sin nombre (o «Estatuto»), el estatuto."""
        return norma_de_la_cita(cita, self.todas)

    def versiones(self, norma_id: int) -> list[VersionArticulo]:
        if norma_id not in self._versiones:
            self._versiones[norma_id] = versiones_de_la_norma(self.db, norma_id)
        return self._versiones[norma_id]

    def id_de_version(self, norma_id: int, numero: str, vigente_desde: date) -> int | None:
        if norma_id not in self._ids:
            self._ids[norma_id] = {(n, v): i for i, n, v in tabla_normas.ids_de_versiones(self.db, norma_id)}
        return self._ids[norma_id].get((numero, vigente_desde.isoformat()))


def _por_fecha(normas: _Normas, cita_texto: str | None, desde: date, hasta: date | None):
    """(norma, número, versión citada, versión nueva) por cada artículo citado que se reformó entre `desde`
    (la fecha de la regla) y `hasta` (la de la versión siguiente de la regla, excluida)."""
    cita = leer_cita(cita_texto)
    if cita is None:
        return
    norma = normas.norma(cita)
    if norma is None:
        return
    versiones = normas.versiones(norma["id"])
    for numero in cita.articulos:
        # El texto original de un artículo (su primera versión) no es una reforma: una regla «desde siempre» (o de
        # antes de cargar el estatuto) que lo cita cita ese texto. Solo cuentan los textos que reemplazaron a otro.
        primera = min((v.vigente_desde for v in versiones if v.numero == numero), default=None)
        posteriores = [v for v in reformas_posteriores(versiones, numero, desde, hasta) if v.vigente_desde != primera]
        if posteriores:
            yield norma, numero, version_en(versiones, numero, desde), posteriores[-1]


def _nombre_del_tipo(tipo: str) -> str:
    """El nombre de un tipo de decisión en el idioma en curso (uno que no es del programa, legible)."""
    return traducir(TIPOS_DECISION[tipo]) if tipo in TIPOS_DECISION else tipo.replace("_", " ")


def _que_sesion(fila: dict) -> str:
    nombre = _nombre_del_tipo(fila["tipo_decision"] or "ordinaria")
    return traducir("{0}: regla de sesión «{1}» vigente desde el {2}").format(
        fila["organo"], nombre.lower(), formato.fecha(_fecha(fila['vigente_desde'])))


# La opción de «organos reglas» que cambia el valor de cada campo con cita de una regla de sesión.
_OPCION_DEL_CAMPO = {"articulo": "--quorum FRACCION", "articulo_mayoria": "--mayoria MAYORIA --base BASE",
                     "articulo_poderes": "--poderes N"}


def _como_aplicar(db: BaseDeDatos, fila: dict, campo: str, norma_id: int, numero: str, desde: date) -> str:
    """Cómo se corrige la deriva de una regla de sesión: aplicando la reforma que cambió el artículo, con su número."""
    reforma_id = tabla_normas.reforma_de_la_version(db, norma_id, numero, desde.isoformat())
    # Sin la resolución que la adoptó, la reforma no fija reglas (como «--regla»): queda la revisión a mano.
    if reforma_id is None or (tabla_normas.reforma(db, reforma_id) or {}).get("resolucion_id") is None:
        return traducir("Revísela y guarde una versión nueva de la regla desde el {0} (Órganos > Reglas de "
                        "sesión…, «Rigen desde»).").format(formato.fecha(desde))
    from .estatutos import numero_de_la_reforma

    tipo = fila["tipo_decision"] or "ordinaria"
    opcion = _OPCION_DEL_CAMPO.get(campo, "…")
    if tipo != "ordinaria" and campo != "articulo_poderes":
        opcion = f"--decision {tipo} " + ("--quorum-decision FRACCION" if campo == "articulo" else opcion)
    return traducir("Si el texto nuevo cambia la regla, aplique la reforma {0} desde su fecha ({1}): escritorio "
                    "organos reglas \"{2}\" --por-reforma {0} {3} (en la ventana: Órganos › Reglas de sesión… › "
                    "«Aplicar una reforma»). Si no la cambia, guarde la regla igual desde el {1} (organos reglas … "
                    "--desde).").format(numero_de_la_reforma(db, reforma_id), formato.fecha(desde), fila["organo"],
                                        opcion)


def _reglas_de_sesion(db: BaseDeDatos, asociacion_id: int, normas: _Normas) -> list[ReglaMarcada]:
    filas = tabla_organos.reglas_de_sesion_de_la_asociacion(db, asociacion_id)
    marcadas = []
    for i, fila in enumerate(filas):
        siguiente = filas[i + 1] if i + 1 < len(filas) else None
        hasta = (_fecha(siguiente["vigente_desde"]) if siguiente is not None and
                 (siguiente["organo_id"], siguiente["tipo_decision"]) == (fila["organo_id"], fila["tipo_decision"])
                 else None)
        desde = _fecha(fila["vigente_desde"]) or date(1900, 1, 1)
        for campo, rotulo in _campos_de_sesion():
            for norma, numero, citada, nueva in _por_fecha(normas, fila.get(campo), desde, hasta):
                marcadas.append(ReglaMarcada(
                    "reglas_quorum", fila["id"], campo, f"{_que_sesion(fila)} ({rotulo})", fila[campo], norma["titulo"],
                    numero, citada.vigente_desde if citada else None, nueva.vigente_desde,
                    _como_aplicar(normas.db, fila, campo, norma["id"], numero, nueva.vigente_desde),
                    fila["organo_id"]))
    return marcadas


def _reglas_de_composicion(db: BaseDeDatos, asociacion_id: int, normas: _Normas) -> list[ReglaMarcada]:
    marcadas = []
    for fila in tabla_organos.reglas_de_composicion_de_la_asociacion(db, asociacion_id):
        desde = _fecha(fila.get("desde")) or date(1900, 1, 1)
        tipo = traducir(REGLAS[fila["tipo"]]) if fila["tipo"] in REGLAS else fila["tipo"]
        for norma, numero, citada, nueva in _por_fecha(normas, fila["articulo"], desde, None):
            marcadas.append(ReglaMarcada(
                "reglas_composicion", fila["id"], "articulo",
                traducir("{0}: regla de composición «{1}»").format(fila["organo"], tipo.lower()),
                fila["articulo"], norma["titulo"], numero, citada.vigente_desde if citada else None,
                nueva.vigente_desde,
                segun_la_puerta(
                    ventana=traducir("Compárela con el texto nuevo y, si sigue valiendo, márquela revisada (área "
                                     "Órganos, «Marcar revisadas las de composición…»)."),
                    linea=traducir("Compárela con el texto nuevo y, si sigue valiendo, márquela revisada («escritorio "
                                   "estatutos reglas --revisar {0}»).")).format(fila["id"]),
                fila["organo_id"]))
    return marcadas


def _reglas_de_escalas(db: BaseDeDatos, asociacion_id: int, normas: _Normas) -> list[ReglaMarcada]:
    filas = tabla_cuotas.escalas_sin_tramos(db, asociacion_id)
    marcadas = []
    for i, fila in enumerate(filas):
        siguiente = filas[i + 1] if i + 1 < len(filas) and filas[i + 1]["tipo_cargo"] == fila["tipo_cargo"] else None
        hasta = _fecha(fila.get("hasta"))
        hasta = hasta + timedelta(days=1) if hasta else (_fecha(siguiente["desde"]) if siguiente else None)
        desde = _fecha(fila["desde"])
        for campo, rotulo in _campos_de_escala():
            for norma, numero, citada, nueva in _por_fecha(normas, fila.get(campo), desde, hasta):
                marcadas.append(ReglaMarcada(
                    "escalas", fila["id"], campo,
                    traducir("Escala de cuotas desde el {0} ({1})").format(formato.fecha(desde), rotulo), fila[campo],
                    norma["titulo"], numero, citada.vigente_desde if citada else None, nueva.vigente_desde,
                    traducir("Revísela y defina una escala nueva desde el {0} si cambia lo que se cobra (Cuotas > "
                             "Escalas > «Nueva escala…»).").format(formato.fecha(nueva.vigente_desde)), None))
    return marcadas


def _sin_fecha(db: BaseDeDatos, normas: _Normas, filas: list[tuple]) -> list[ReglaMarcada]:
    """Reglas sin fecha propia (tabla, id, campo, qué, cómo revisar, órgano): marcadas si se guardaron antes de
    que se registrara la reforma del artículo que citan."""
    marcadas = []
    escrituras: dict[str, dict[int, int]] = {}
    for tabla in {f[0] for f in filas}:
        escrituras[tabla] = tabla_bitacora.ultima_escritura(db, tabla, [f[1] for f in filas if f[0] == tabla])
    altas: dict[int, int] = {}
    for tabla, fila_id, campo, cita_texto, que, como, organo_id in filas:
        cita = leer_cita(cita_texto)
        escrita = escrituras[tabla].get(fila_id)
        if cita is None or escrita is None:
            continue
        norma = normas.norma(cita)
        if norma is None:
            continue
        versiones = normas.versiones(norma["id"])
        for numero in cita.articulos:
            historia = [v for v in versiones if v.numero == numero]
            historia.sort(key=lambda v: v.vigente_desde)
            for anterior, nueva in zip(historia, historia[1:]):
                version_id = normas.id_de_version(norma["id"], numero, nueva.vigente_desde)
                if version_id is None:
                    continue
                if version_id not in altas:
                    alta = tabla_bitacora.alta_de_version_de_articulo(db, version_id)
                    altas[version_id] = alta if alta is not None else 0
                if altas[version_id] > escrita:
                    marcadas.append(ReglaMarcada(tabla, fila_id, campo, que, cita_texto, norma["titulo"], numero,
                                                 anterior.vigente_desde, nueva.vigente_desde, como, organo_id))
    return marcadas


def _reglas_sin_fecha(db: BaseDeDatos, asociacion_id: int, normas: _Normas) -> list[ReglaMarcada]:
    filas = [("organos", o["id"], "articulo_convocatoria", o["articulo_convocatoria"],
              traducir("{0}: anticipación de la convocatoria").format(o["nombre"]),
              traducir("Revísela y vuelva a guardarla (Órganos > Reglas de sesión…, «Días de anticipación de la "
                       "convocatoria»)."), o["id"])
             for o in tabla_organos.organos_con_articulo_de_convocatoria(db, asociacion_id)]
    articulo = articulo_de_suspension(db, asociacion_id)
    if articulo:
        filas.append(("asociaciones", asociacion_id, "articulo_suspension", articulo,
                      traducir("Suspensión del voto por cuotas impagas"),
                      segun_la_puerta(
                          ventana=traducir("Revísela y vuelva a guardarla (área Cuotas, pestaña Morosidad, «Cambiar "
                                           "la regla…»)."),
                          linea=traducir("Revísela y vuelva a guardarla («escritorio cuotas regla-voto»).")),
                      None))
    return _sin_fecha(db, normas, filas)


def reglas_marcadas(contexto: Contexto, organo_id: int | None = None) -> list[ReglaMarcada]:
    """Las reglas que citan el texto anterior de un artículo reformado (todas, o las de un órgano)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    normas = _Normas(db, asociacion_id)
    if not normas.todas:
        return []
    marcadas = (_reglas_de_sesion(db, asociacion_id, normas) + _reglas_de_composicion(db, asociacion_id, normas)
                + _reglas_sin_fecha(db, asociacion_id, normas) + _reglas_de_escalas(db, asociacion_id, normas))
    if organo_id is not None:
        marcadas = [m for m in marcadas if m.organo_id == organo_id]
    return marcadas


def revisar_regla(contexto: Contexto, regla_id: int, desde: date | None = None) -> date:
    """Marca revisada una regla de composición: quien la revisó confirma que vale con el texto nuevo del artículo
    que cita, y su `desde` pasa a ser la fecha de ese texto (o `desde`, si se da). Devuelve la fecha guardada.
    Las reglas de sesión y las escalas no se revisan aquí: se guarda una versión nueva desde la reforma."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):   # la regla y las reformas, con la base tomada: otra ventana pudo registrar una reforma
        fila = tabla_organos.regla_de_composicion_de_la_asociacion(db, asociacion_id, regla_id)
        if fila is None:
            raise ErrorEscritorio(segun_la_puerta(
                ventana=traducir("No existe la regla de composición {0} en esta asociación. Las reglas que citan un "
                                 "texto reformado las muestra cada órgano en el área Órganos, «Reglas que citan un "
                                 "texto reformado»."),
                linea=traducir("No existe la regla de composición {0} en esta asociación. Las reglas que citan un "
                               "texto reformado se listan con «escritorio estatutos reglas».")).format(regla_id))
        if desde is None:
            normas = _Normas(db, asociacion_id)
            anterior = _fecha(fila.get("desde")) or date(1900, 1, 1)
            nuevas = [nueva.vigente_desde for _, _, _, nueva in _por_fecha(normas, fila["articulo"], anterior, None)]
            if not nuevas:
                raise ErrorEscritorio(traducir("La regla {0} de {1} ({2}) no cita un texto reformado: no hay nada que "
                                               "revisar.").format(regla_id, fila["organo"],
                                                                  fila["articulo"] or traducir("sin artículo")))
            desde = max(nuevas)
        desde = campos.fecha(traducir("Desde"), desde, historica=True, futura=True)
        tabla_organos.fijar_desde_de_regla(db, regla_id, desde.isoformat())
    return desde


def revisar_reglas(contexto: Contexto, reglas_ids: list[int]) -> list[date]:
    """Marca revisadas varias reglas de composición («Marcar revisadas…» en Órganos) en una sola transacción: todas
    o ninguna. Si una no se puede revisar, las anteriores tampoco quedan revisadas."""
    with transaccion(contexto.db):
        return [revisar_regla(contexto, regla_id) for regla_id in dict.fromkeys(reglas_ids)]
