"""Órganos, mandatos y reglas de composición: datos de cada asociación, citados a su artículo.

Un mandato tiene la forma de OParl Membership: miembro y/o persona, cargo, derecho a voto,
desde-hasta y en nombre de quién. Una regla violada es un aviso que dice qué y por qué, nunca un error.

Asientos de oficio (semilla 001:792-800; en la demo, Estatuto, art. 13): el Consejo lo integran las ciudades
elegidas (dos por país miembro pleno, una por país asociado) y, por su cargo, las que componen la Comisión
Directiva y la que ejerce la Secretaría Ejecutiva, que lo preside (art. 15). Un asiento de oficio no se carga
como mandato: se deriva del otro órgano en la fecha, así que sigue a la rotación sin tocar nada. Los cupos por
país cuentan solo los asientos electos; una ciudad electa que además es de oficio es un solo asiento (el electo).
"""

import json
from dataclasses import dataclass, field, replace
from datetime import date

from .miembros import TIPOS as TIPOS_DE_MIEMBRO
from .traduccion import traducir

TIPOS_ORGANO = {
    "asamblea": "Asamblea", "consejo": "Consejo", "comision_directiva": "Comisión Directiva",
    "comite_ejecutivo": "Comité Ejecutivo", "secretaria_ejecutiva": "Secretaría Ejecutiva",
    "secretaria_tecnica": "Secretaría Técnica", "unidad_tematica": "Unidad temática",
    "grupo_trabajo": "Grupo de trabajo", "comite": "Comité", "congreso": "Congreso", "otro": "Otro",
}
CARGOS = {
    "presidente": "Presidente", "vicepresidente": "Vicepresidente", "secretario": "Secretario",
    "coordinador": "Coordinador", "subcoordinador": "Subcoordinador", "titular": "Titular", "suplente": "Suplente",
    "observador": "Observador", "integrante": "Integrante",
    # Secretaría técnica (semilla 003, líneas 387-393): tres secretarios y las direcciones que ellos nombran.
    "secretario_ejecutivo": "Secretario Ejecutivo", "secretario_programacion": "Secretario de Programación",
    "secretario_finanzas": "Secretario de Finanzas", "tesorero": "Tesorero", "director": "Director",
}
# La forma con que se nombra a quien ejerce el cargo (mandatos.forma, candidaturas.forma). El cargo es el mismo cargo
# estatutario en las dos formas (quién puede ocuparlo, los cupos y la rotación no cambian): los estatutos lo escriben
# «el/la Presidente/a», «Secretario/a Ejecutivo/a». La masculina es la de CARGOS, la de siempre y la de los mandatos
# anteriores a la migración 0049; la femenina, la de CARGOS_EN_FEMENINO (los cargos que no están son epicenos).
FORMAS = {"masculina": "masculina", "femenina": "femenina"}   # código -> rótulo (se traduce)
FORMA_POR_OMISION = "masculina"
CARGOS_EN_FEMENINO = {
    "presidente": "Presidenta", "vicepresidente": "Vicepresidenta", "secretario": "Secretaria",
    "coordinador": "Coordinadora", "subcoordinador": "Subcoordinadora", "observador": "Observadora",
    "secretario_ejecutivo": "Secretaria Ejecutiva", "secretario_programacion": "Secretaria de Programación",
    "secretario_finanzas": "Secretaria de Finanzas", "tesorero": "Tesorera", "director": "Directora",
}


def nombre_del_cargo(cargo: str, forma: str | None = None) -> str:
    """Cómo se nombra a quien ejerce el cargo, en su forma y en el idioma en curso: ('secretario_ejecutivo',
    'femenina') -> «Secretaria Ejecutiva»; sin forma, o en un cargo epiceno, el rótulo de CARGOS. Un código que no
    es un cargo se devuelve tal cual. El cargo mismo (el de una elección, el de una regla) se nombra con CARGOS."""
    if forma == "femenina" and cargo in CARGOS_EN_FEMENINO:
        return traducir(CARGOS_EN_FEMENINO[cargo])
    return traducir(CARGOS[cargo]) if cargo in CARGOS else cargo


def forma_desconocida(forma: object) -> str:
    """El problema de una forma que no es ninguna de FORMAS (en la CLI: --forma)."""
    return traducir("Forma «{0}» desconocida: use masculina («Presidente», «Secretario Ejecutivo») o femenina "
                    "(«Presidenta», «Secretaria Ejecutiva»).").format(forma)


def tiene_dos_formas(cargo: str) -> bool:
    """Si el cargo se nombra distinto en femenino («Presidente», «Presidenta»; no «Titular»)."""
    return cargo in CARGOS_EN_FEMENINO


# Los cargos propios de cada tipo de órgano, en el orden en que se ofrecen primero (los demás siguen disponibles).
CARGOS_DEL_TIPO = {
    "secretaria_tecnica": ("secretario_ejecutivo", "secretario_programacion", "secretario_finanzas", "tesorero",
                           "director", "integrante"),
    "secretaria_ejecutiva": ("titular", "secretario_ejecutivo", "tesorero"),
    "unidad_tematica": ("coordinador", "subcoordinador", "integrante", "observador"),
    "grupo_trabajo": ("coordinador", "subcoordinador", "integrante"),
    "comision_directiva": ("presidente", "vicepresidente", "secretario", "tesorero", "titular", "suplente"),
    "comite_ejecutivo": ("presidente", "vicepresidente", "secretario", "tesorero", "titular", "suplente"),
    "consejo": ("titular", "suplente", "presidente", "vicepresidente", "observador"),
    "asamblea": ("titular", "observador"),
}


# El cargo con que el traspaso sienta a la ciudad que ejerce la Secretaría Ejecutiva y a las tres de la Comisión
# Directiva (la troika), y el que ofrece quien designa a mano en esos órganos: uno solo, para que la composición, la
# memoria y la historia digan lo mismo por los dos caminos.
CARGO_DE_LA_TROIKA = "titular"
# Los cargos con que una ciudad ejerce la Secretaría Ejecutiva: el titular del traspaso, la presidencia y el Secretario
# Ejecutivo que elige una elección. La rotación (quién ejerce, la troika, el período cumplido) los mira a los tres.
CARGOS_QUE_EJERCEN = (CARGO_DE_LA_TROIKA, "presidente", "secretario_ejecutivo")
# Cargos personales: los ejerce una persona con nombre (la secretaría técnica designa «por un período determinado al
# Secretario Ejecutivo, al Secretario de Programación y al Secretario de Finanzas», que nombran a los directores:
# semilla 003, líneas 387-393; la Secretaría Ejecutiva la ejerce una ciudad por su jefe de gobierno, semilla 001,
# líneas 787-800). Un mandato o una candidatura en uno de ellos nombra a la persona.
CARGOS_PERSONALES = ("secretario_ejecutivo", "secretario_programacion", "secretario_finanzas", "director")


def cargo_por_omision(tipo_organo: str | None) -> str:
    """El cargo que se ofrece primero al designar en un órgano de ese tipo: «integrante» en una unidad temática o un
    grupo de trabajo, el primero propio en una secretaría técnica, y en los demás el de la troika (CARGO_DE_LA_TROIKA),
    el mismo que escribe el traspaso."""
    if tipo_organo in ("unidad_tematica", "grupo_trabajo"):
        return "integrante"
    if tipo_organo == "secretaria_tecnica":
        return CARGOS_DEL_TIPO["secretaria_tecnica"][0]
    return CARGO_DE_LA_TROIKA


def cargos_para(tipo_organo: str | None) -> list[str]:
    """Todos los cargos, primero los propios del tipo de órgano (CARGOS_DEL_TIPO) y después los demás."""
    propios = list(CARGOS_DEL_TIPO.get(tipo_organo or "", ()))
    return propios + [c for c in CARGOS if c not in propios]


REGLAS = {
    "tamano_fijo": "Cantidad fija de puestos",
    "por_categoria": "Puestos por categoría de país",
    "troika": "Secretaría Ejecutiva anterior, actual y siguiente",
    "todos_los_activos": "Todos los miembros activos",
    "designacion": "Designación",
    "de_oficio": "Asientos de oficio por el cargo en otro órgano",
    "presidencia": "Presidencia por el cargo en otro órgano",
    "tipo_de_miembro": "Solo miembros de un tipo",
    "limite_de_mandatos": "Límite de mandatos seguidos",
    "por_agrupacion": "Puestos por grupo de una agrupación",
}
# Cómo se nombran los tipos de miembro que admite una regla «tipo_de_miembro» (dominio.miembros.TIPOS).
_TIPOS_EN_PLURAL = {"municipio": "municipios", "gobierno_regional": "gobiernos regionales",
                    "asociacion_nacional": "asociaciones nacionales"}
# La regla de composición que un órgano de ese tipo recibe al crearlo, salvo que se pida otra cosa: una asamblea se
# deriva del padrón (la integran todos los miembros activos).
REGLA_POR_OMISION = {"asamblea": "todos_los_activos"}
# Motivos por los que un integrante no vota en una fecha aunque su mandato diga que sí.
SIN_VOTO_SUSPENDIDO = "Miembro suspendido"
SIN_VOTO_CUOTAS = "Voto suspendido por cuotas impagas"
# El de un observador (por la categoría de su país o por su propia calidad): asiste, habla y firma, pero no vota ni
# cuenta para el quórum ni para las mayorías.
SIN_VOTO_OBSERVADOR = "Observador"
# Los cargos que por omisión no votan: la misma omisión en la línea de órdenes y en la ventana (designar).
CARGOS_SIN_VOTO = ("suplente", "observador")


def vota_por_omision(cargo: str | None) -> bool:
    """Si un mandato de ese cargo tiene voto cuando quien designa no dice otra cosa (un suplente o un observador, no)."""
    return cargo not in CARGOS_SIN_VOTO


def voto_del_cargo(cargo: str, con_voto: bool | None) -> tuple[bool, str | None]:
    """El voto de un mandato o una elección de ese cargo (None: el de omisión) y, si no puede ser, por qué: un
    observador nunca vota."""
    voto = vota_por_omision(cargo) if con_voto is None else bool(con_voto)
    if cargo == "observador" and voto:
        return voto, traducir("Un observador asiste y habla sin voto: deje el cargo observador sin voto, o elija otro "
                              "cargo.")
    return voto, None


@dataclass(frozen=True)
class Asiento:
    """Quién ocupa un lugar en un órgano en una fecha (un mandato vigente)."""

    mandato_id: int
    miembro_id: int | None
    miembro: str | None
    pais: str | None
    persona: str | None
    cargo: str
    con_voto: bool
    desde: date
    hasta: date | None
    de_oficio: str | None = None          # el órgano por cuyo cargo se sienta («Secretaría Ejecutiva»), si es de oficio
    motivo_sin_voto: str | None = None    # por qué no vota en la fecha aunque el mandato lo diga (suspensión)
    forma: str = FORMA_POR_OMISION        # cómo se nombra a quien lo ejerce (FORMAS): «Presidente» o «Presidenta»

    @property
    def nombre_del_cargo(self) -> str:
        """El cargo de quien ocupa el asiento, en su forma y en el idioma en curso."""
        return nombre_del_cargo(self.cargo, self.forma)

    @property
    def solo_de_oficio(self) -> bool:
        """Sentado solo por su cargo en otro órgano (sin mandato propio): no ocupa el cupo de su país."""
        return self.de_oficio is not None and self.mandato_id == 0


@dataclass(frozen=True)
class Regla:
    tipo: str
    parametros: dict = field(default_factory=dict)
    articulo: str | None = None
    desde: date | None = None


def regla_de_la_fila(fila: dict) -> Regla:
    """La regla de una fila de reglas_composicion (los parámetros en JSON, la fecha en ISO)."""
    return Regla(fila["tipo"], json.loads(fila["parametros"]), fila["articulo"],
                 date.fromisoformat(fila["desde"]) if fila.get("desde") else None)


def reglas_que_rigen(reglas: list[Regla], al: date) -> list[Regla]:
    """Las reglas que rigen la composición el día `al`: de los cupos por país, de los tipos de miembro y de los cupos
    de cada agrupación, solo la de texto más reciente que no pasa la fecha (una reforma agrega la nueva: la anterior deja de regir, y antes de su
    fecha rige la anterior); las demás, todas."""
    que_rige = {}
    for indice, regla in enumerate(reglas):
        if regla.tipo in _UNICAS and (regla.desde is None or regla.desde <= al):
            clave, orden = _clave_unica(regla), (regla.desde or date.min, indice)
            if clave not in que_rige or orden > que_rige[clave][0]:
                que_rige[clave] = (orden, regla)
    elegidas = {id(r) for _, r in que_rige.values()}
    return [r for r in reglas if r.tipo not in _UNICAS or id(r) in elegidas]


def reemplazadas(reglas: list[Regla], al: date) -> dict[int, int]:
    """Índice de cada regla que el día `al` ya no rige porque otra del mismo tipo (y, de los cupos por grupo, de la
    misma agrupación) la reemplaza -> índice de la que rige. Una regla cuyo texto todavía no rige no figura."""
    que_rige = {_clave_unica(r): i for i, r in enumerate(reglas) if any(r is v for v in reglas_que_rigen(reglas, al))
                and r.tipo in _UNICAS}
    return {i: que_rige[_clave_unica(r)] for i, r in enumerate(reglas)
            if r.tipo in _UNICAS and (r.desde is None or r.desde <= al) and _clave_unica(r) in que_rige
            and que_rige[_clave_unica(r)] != i}


# Los tipos de regla de los que rige una sola a la vez (la reforma reemplaza a la anterior): de los cupos por grupo,
# una por agrupación (la de regiones y la de tipos de miembro rigen juntas).
_UNICAS = ("por_categoria", "tipo_de_miembro", "por_agrupacion")


def _clave_unica(regla: Regla) -> tuple:
    return (regla.tipo, regla.parametros.get("agrupacion")) if regla.tipo == "por_agrupacion" else (regla.tipo,)


def sentar_de_oficio(electos: list[Asiento], de_oficio: list[Asiento]) -> list[Asiento]:
    """Los asientos electos (de mandatos) más los de oficio. `de_oficio` viene del cargo más específico al menos
    (la Secretaría Ejecutiva antes que la Comisión Directiva): de cada miembro queda el primero. Una ciudad electa
    que además es de oficio conserva su asiento electo, que dice también por qué cargo es de oficio."""
    por_miembro: dict[int, Asiento] = {}
    for a in de_oficio:
        if a.miembro_id is not None:
            por_miembro.setdefault(a.miembro_id, a)
    resultado = [replace(a, de_oficio=por_miembro[a.miembro_id].de_oficio) if a.miembro_id in por_miembro else a
                 for a in electos]
    electos_ids = {a.miembro_id for a in electos}
    return resultado + [a for m, a in por_miembro.items() if m not in electos_ids]


def dar_presidencia(asientos: list[Asiento], preside: Asiento | None) -> list[Asiento]:
    """Quien ejerce el cargo que preside (`preside`, su asiento en el otro órgano, con `de_oficio`) ocupa la
    presidencia: su asiento pasa a Presidente; si no integraba el órgano, se sienta de oficio para presidirlo."""
    if preside is None or preside.miembro_id is None:
        return asientos
    if not any(a.miembro_id == preside.miembro_id for a in asientos):
        return [replace(preside, cargo="presidente"), *asientos]
    # Un miembro sentado con dos personas (la autoridad y su sherpa, un titular y un suplente) preside por una sola:
    # la que vota por él (el primero de sus asientos con voto; sin ninguno con voto, el primero).
    propios = [a for a in asientos if a.miembro_id == preside.miembro_id]
    quien = next((a for a in propios if a.con_voto), propios[0])
    return ([replace(a, cargo="presidente", de_oficio=a.de_oficio or preside.de_oficio) if a is quien else a
             for a in propios] + [a for a in asientos if a.miembro_id != preside.miembro_id])


def describir_limite(seguidos: object) -> str:
    """«sin reelección inmediata» (1) o «a lo sumo 2 mandatos seguidos», en el idioma en curso."""
    if seguidos == 1:
        return traducir("sin reelección inmediata")
    return traducir("a lo sumo {0} mandatos seguidos").format(seguidos)


def integrantes(asientos: list[Asiento]) -> int:
    """Cuántos integran el órgano: cada miembro una vez aunque se siente con dos personas (la autoridad y su sherpa,
    un titular y un suplente); una persona sin miembro, una (issue 80: una cumbre cuenta ciudades, no personas)."""
    return len({a.miembro_id for a in asientos if a.miembro_id is not None}) + sum(
        1 for a in asientos if a.miembro_id is None)


def integrantes_con_voto(asientos: list[Asiento]) -> int:
    """Cuántos integrantes votan (un miembro con dos personas, una vez: vota por él una sola)."""
    return integrantes([a for a in asientos if a.con_voto])


def vigente(desde: date, hasta: date | None, al: date) -> bool:
    return desde <= al and (hasta is None or al <= hasta)


def puestos(cantidad: int) -> str:
    """«1 puesto», «3 puestos», en el idioma en curso."""
    return traducir("1 puesto") if cantidad == 1 else traducir("{0} puestos").format(cantidad)


def quien_fija(regla: Regla) -> str:
    """Quién fija la regla, para completar los avisos: «el Estatuto, art. 13» o «la regla», en el idioma en curso."""
    return traducir("el {0}").format(regla.articulo) if regla.articulo else traducir("la regla")


# --- cupos por categoría de país (issue 66, §2) ---------------------------------------------------------------
# Un cupo se escribe en los parámetros de la regla «por_categoria», por categoría de país: un número es un cupo exacto
# ({"pleno": 2}: ni más ni menos, como el Consejo de la demo); {"maximo": 1} es a lo sumo uno por país («como máximo
# uno por país», un Comité Ejecutivo de cinco en una red de ocho países); {"minimo": 1} es al menos uno; los dos
# juntos, un rango. Una categoría que la regla no nombra no tiene puestos.
MODOS_DE_CUPO = ("minimo", "maximo")


@dataclass(frozen=True)
class Cupo:
    """Los puestos que la regla da a un país de una categoría: al menos `minimo`, a lo sumo `maximo` (None: sin tope)."""

    minimo: int
    maximo: int | None

    @property
    def exacto(self) -> bool:
        return self.maximo is not None and self.minimo == self.maximo


_PAISES = {"pleno": ("{0} país pleno", "{0} países plenos"), "asociado": ("{0} país asociado", "{0} países asociados"),
           "observador": ("{0} país observador", "{0} países observadores")}


def paises_de_la_categoria(categoria: str, cantidad: int | None = None) -> str:
    """«5 países plenos», «1 país asociado»; sin cantidad, «países plenos». En el idioma en curso."""
    if categoria not in _PAISES:   # una categoría que no es de CATEGORIAS_PAIS: tal cual
        return categoria if cantidad is None else f"{cantidad} {categoria}"
    singular, plural = _PAISES[categoria]
    if cantidad is None:
        return traducir(plural).replace("{0}", "").strip()
    return (traducir(singular) if cantidad == 1 else traducir(plural)).format(cantidad)


def cupo_de(parametros: dict, categoria: str | None) -> Cupo:
    """El cupo que la regla por_categoria (sus `parametros`) da a un país de `categoria`."""
    return _leer_cupo(parametros.get(categoria) if categoria else None)


def _leer_cupo(valor: object) -> Cupo:
    if isinstance(valor, dict):
        maximo = valor.get("maximo")
        return Cupo(int(valor.get("minimo", 0)), None if maximo is None else int(maximo))
    cantidad = int(valor or 0)
    return Cupo(cantidad, cantidad)


def armar_cupos(exactos: dict[str, int | None], minimos: dict[str, int | None],
                maximos: dict[str, int | None]) -> dict:
    """Los parámetros de una regla por_categoria a partir de lo que se escribió por categoría (la CLI: --pleno 2,
    --pleno-minimo 1, --pleno-maximo 2; la ventana, lo mismo): un número exacto, o un mínimo y/o un máximo. Una
    categoría con exacto y con mínimo o máximo a la vez es ambigua: ValueError con el motivo, en el idioma en curso."""
    parametros: dict = {}
    for categoria in dict.fromkeys([*exactos, *minimos, *maximos]):
        exacto, minimo, maximo = exactos.get(categoria), minimos.get(categoria), maximos.get(categoria)
        if exacto is not None and (minimo is not None or maximo is not None):
            raise ValueError(traducir("Para los {0}, escriba un cupo exacto o un mínimo y un máximo, no las "
                                      "dos cosas.").format(paises_de_la_categoria(categoria)))
        if exacto is not None:
            parametros[categoria] = exacto
        elif minimo is not None or maximo is not None:
            parametros[categoria] = {k: v for k, v in (("minimo", minimo), ("maximo", maximo)) if v is not None}
    return parametros


def cupo_valido(valor: object) -> bool:
    """Si `valor` es un cupo bien escrito: un entero ≥ 0, o {"minimo": n} / {"maximo": n} / los dos, con mínimo ≤
    máximo."""
    def cifra(n: object) -> bool:
        return isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= 1000

    if isinstance(valor, dict):
        if not valor or set(valor) - set(MODOS_DE_CUPO) or not all(cifra(n) for n in valor.values()):
            return False
        return valor.get("minimo", 0) <= valor.get("maximo", valor.get("minimo", 0))
    return cifra(valor)


def describir_cupo(valor: object, categoria: str) -> str:
    """«2 por país pleno», «a lo sumo 1 por país pleno», «al menos 1 por país asociado», «de 1 a 2 por país pleno»,
    en el idioma en curso."""
    pais = traducir("país {0}").format(traducir(categoria))
    if isinstance(valor, dict):
        minimo, maximo = valor.get("minimo"), valor.get("maximo")
        if minimo is not None and maximo is not None:
            return traducir("de {0} a {1} por {2}").format(minimo, maximo, pais)
        if maximo is not None:
            return traducir("a lo sumo {0} por {1}").format(maximo, pais)
        return traducir("al menos {0} por {1}").format(minimo, pais)
    return traducir("{0} por {1}").format(valor, pais)


def describir_cupos(parametros: dict) -> str:
    """Los cupos de una regla por_categoria como se leen: «a lo sumo 1 por país pleno, 0 por país asociado»."""
    return ", ".join(describir_cupo(v, c) for c, v in parametros.items())


# --- cupos por grupo de una agrupación (issue 80, §2) ---------------------------------------------------------
# La regla «por_agrupacion» reparte los puestos entre los grupos de una agrupación (la «Región continental»: África,
# Europa…): {"agrupacion": "Región continental", "cupo": 2, "grupos": {"Europa": {"maximo": 3}}}. «cupo» vale para
# cada grupo que «grupos» no nombra (escrito como los de por_categoria: exacto, mínimo, máximo); sin «cupo», un grupo
# que «grupos» no nombra no tiene límite. Un miembro que no está en ningún grupo de la agrupación no ocupa cupo.
# La agrupación que reúne a los miembros por su tipo (municipio, gobierno regional…) no se define: es la del padrón.
AGRUPACION_POR_TIPO = "tipo_de_miembro"


def cupo_del_grupo(parametros: dict, grupo: str | None) -> Cupo | None:
    """El cupo que la regla por_agrupacion da a `grupo`; None si no le pone ninguno."""
    valor = (parametros.get("grupos") or {}).get(grupo, parametros.get("cupo")) if grupo is not None else None
    return None if valor is None else _leer_cupo(valor)


def cupos_por_grupo_validos(parametros: dict) -> bool:
    """Si los parámetros de una regla por_agrupacion están bien escritos: la agrupación, y un cupo para cada grupo
    o para algunos, cada uno como los de por_categoria."""
    grupos = parametros.get("grupos", {})
    return (isinstance(parametros.get("agrupacion"), str) and bool(parametros["agrupacion"].strip())
            and not set(parametros) - {"agrupacion", "cupo", "grupos"}
            and ("cupo" in parametros or bool(grupos)) and isinstance(grupos, dict)
            and ("cupo" not in parametros or cupo_valido(parametros["cupo"]))
            and all(isinstance(g, str) and g.strip() and cupo_valido(v) for g, v in grupos.items()))


def _cantidad_del_cupo(valor: object) -> str:
    """«2», «a lo sumo 3», «al menos 1», «de 1 a 2»."""
    if not isinstance(valor, dict):
        return str(valor)
    minimo, maximo = valor.get("minimo"), valor.get("maximo")
    if minimo is not None and maximo is not None:
        return traducir("de {0} a {1}").format(minimo, maximo)
    return (traducir("a lo sumo {0}").format(maximo) if maximo is not None
            else traducir("al menos {0}").format(minimo))


def leer_cupo_de_grupo(texto: str) -> tuple[str, object]:
    """«Europa=3» (exacto), «Europa=..3» (a lo sumo 3), «Europa=1..» (al menos 1), «Europa=1..3» -> (grupo, cupo
    como lo guarda la regla por_agrupacion). ValueError con el motivo, en el idioma en curso: la línea de órdenes
    (--grupo) y la ventana leen lo mismo."""
    grupo, igual, cupo = str(texto).rpartition("=")
    minimo, puntos, maximo = cupo.strip().partition("..")

    def cifra(valor: str) -> int:
        if not valor.strip().isascii() or not valor.strip().isdigit() or int(valor) > 1000:
            raise ValueError
        return int(valor)

    try:
        if not igual or not grupo.strip() or not cupo.strip():
            raise ValueError
        if not puntos:
            return grupo.strip(), cifra(cupo)
        valor = {k: cifra(v) for k, v in (("minimo", minimo), ("maximo", maximo)) if v.strip()}
        if not valor or valor.get("minimo", 0) > valor.get("maximo", valor.get("minimo", 0)):
            raise ValueError
        return grupo.strip(), valor
    except ValueError:
        raise ValueError(traducir("«{0}» no es el cupo de un grupo: escriba GRUPO=N (exacto), GRUPO=..N (a lo sumo), "
                                  "GRUPO=N.. (al menos) o GRUPO=N..M, por ejemplo «Europa=..3».").format(
            str(texto)[:40])) from None


def nombre_de_la_agrupacion(agrupacion: str) -> str:
    """Como se nombra una agrupación: la del tipo de miembro, en el idioma en curso; las demás, como se escribieron."""
    return traducir("Tipo de miembro") if agrupacion == AGRUPACION_POR_TIPO else agrupacion


def nombre_del_grupo(agrupacion: str, grupo: str) -> str:
    """Como se nombra un grupo: el de un tipo de miembro («Municipio»), en el idioma en curso; los demás, tal cual."""
    return nombre_del_tipo(grupo) if agrupacion == AGRUPACION_POR_TIPO else grupo


def describir_cupos_por_grupo(parametros: dict) -> str:
    """«Región continental: 2 por grupo; Europa: a lo sumo 3», en el idioma en curso."""
    agrupacion = str(parametros.get("agrupacion"))
    partes = []
    if "cupo" in parametros:
        partes.append(traducir("{0} por grupo").format(_cantidad_del_cupo(parametros["cupo"])))
    partes += [f"{nombre_del_grupo(agrupacion, g)}: {_cantidad_del_cupo(v)}"
               for g, v in (parametros.get("grupos") or {}).items()]
    return f"{nombre_de_la_agrupacion(agrupacion)}: " + "; ".join(partes)


def cupos_imposibles(parametros: dict, categorias: dict[str, str], puestos: int, otros_asientos: bool) -> str | None:
    """Por qué un órgano de `puestos` puestos no puede cumplir los cupos (`parametros` de una regla por_categoria)
    con los países de `categorias` (código → categoría vigente), o None si puede: los mínimos (o cupos exactos) de
    todos los países piden más puestos de los que tiene, o (si no hay otros asientos que los completen: de oficio, la
    presidencia) los máximos no alcanzan a llenarlos. En el idioma en curso; quien llama agrega el órgano."""
    miembros = [c for c in categorias.values() if c != "retirado"]
    minimos = sum(cupo_de(parametros, c).minimo for c in miembros)
    if minimos > puestos:
        detalle = ", ".join(paises_de_la_categoria(c, miembros.count(c))
                            for c in dict.fromkeys(miembros) if cupo_de(parametros, c).minimo)
        return traducir("los cupos piden al menos {0} puestos ({1}) y el órgano tiene {2}").format(
            minimos, detalle, puestos)
    maximos = [cupo_de(parametros, c).maximo for c in miembros]
    if not otros_asientos and None not in maximos and sum(maximos) < puestos:
        return traducir("con esos cupos se pueden ocupar a lo sumo {0} de sus {1} puestos").format(
            sum(maximos), puestos)
    return None


def nombre_del_tipo(tipo: str) -> str:
    """«Municipio», «Gobierno regional», «Asociación nacional», en el idioma en curso."""
    return traducir(TIPOS_DE_MIEMBRO.get(tipo, tipo))


def nombrar_tipos(tipos: list[str]) -> str:
    """«municipios», «gobiernos regionales o asociaciones nacionales»: los tipos que admite una regla
    «tipo_de_miembro», en plural y en el idioma en curso."""
    plurales = [traducir(_TIPOS_EN_PLURAL.get(t, t)) for t in tipos]
    if len(plurales) <= 1:
        return "".join(plurales)
    return traducir("{0} o {1}").format(", ".join(plurales[:-1]), plurales[-1])


def preside_id(preside: Asiento | None) -> int | None:
    return preside.miembro_id if preside is not None else None


def troika(orden: list[int], actual: int | None) -> tuple[int | None, int | None, int | None]:
    """(anterior, actual, siguiente) según el orden de sucesión de la Secretaría Ejecutiva."""
    if actual is None or actual not in orden:
        return None, actual, orden[0] if orden and actual is None else None
    i = orden.index(actual)
    return (orden[i - 1] if i > 0 else None), actual, (orden[i + 1] if i + 1 < len(orden) else None)


def sesion_atrasada(ultima: date | None, frecuencia_meses: int | None, al: date) -> bool:
    """Un órgano que debe reunirse cada N meses está atrasado cuando pasó el día en que se cumplen N meses
    de su última sesión ordinaria (ese mismo día todavía está en fecha)."""
    if not frecuencia_meses or ultima is None:
        return False
    return al > proxima_sesion_a_mas_tardar(ultima, frecuencia_meses)


def proxima_sesion_a_mas_tardar(ultima: date, frecuencia_meses: int) -> date:
    """El último día en que puede celebrarse la sesión ordinaria que sigue a la del día `ultima` en un órgano que se
    reúne cada `frecuencia_meses`: el mismo día, tantos meses después (del 31/08 con 6 meses, el 28 o 29/02)."""
    return sumar_meses(ultima, frecuencia_meses)


# --- períodos de los mandatos (issue 41, §3) ---------------------------------------------------------------

def sumar_meses(dia: date, meses: int) -> date:
    """El mismo día `meses` meses después (el 31 de enero + 1 mes es el 28 o 29 de febrero)."""
    total = dia.year * 12 + dia.month - 1 + meses
    anio, mes = divmod(total, 12)
    mes += 1
    ultimo = (date(anio + (mes == 12), mes % 12 + 1, 1) - date.resolution).day
    return date(anio, mes, min(dia.day, ultimo))


def fin_del_periodo(desde: date, meses: int) -> date:
    """El último día de un mandato de `meses` meses que empieza en `desde` (un año desde el 01/12/2025 termina el
    30/11/2026)."""
    return sumar_meses(desde, meses) - date.resolution


def cuanto_falta(desde: date, hasta: date) -> str:
    """«4 meses y 15 días», «1 mes», «20 días»: lo que va de `desde` a `hasta`, en el idioma en curso."""
    meses = (hasta.year - desde.year) * 12 + hasta.month - desde.month
    if sumar_meses(desde, meses) > hasta:
        meses -= 1
    dias = (hasta - sumar_meses(desde, meses)).days
    partes = []
    if meses:
        partes.append((traducir("{0} mes") if meses == 1 else traducir("{0} meses")).format(meses))
    if dias or not partes:
        partes.append((traducir("{0} día") if dias == 1 else traducir("{0} días")).format(dias))
    return traducir("{0} y {1}").format(*partes) if len(partes) == 2 else partes[0]
