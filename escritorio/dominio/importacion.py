"""Reglas de la importación del padrón: las columnas, los encabezados (qué columna trae cada dato, en cada idioma
del programa) y los problemas con su celda. La validación de cada fila: fila_importada.py; lo que solo se ve con el
archivo entero (el orden de las fechas, los repetidos): archivo_importado.py.

Todo es puro: recibe valores ya leídos del archivo y devuelve filas validadas o problemas.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from . import entrada
from . import miembros as m
from .texto import normalizar
from .traduccion import catalogos_instalados, en_cada_catalogo, traducir


@dataclass(frozen=True)
class Columna:
    campo: str
    encabezado: str
    obligatoria: bool = False


COLUMNAS = (
    Columna("nombre", "Nombre", True),
    Columna("pais", "País", True),
    Columna("region", "Región"),
    Columna("codigo", "Código"),
    Columna("poblacion", "Población", True),
    Columna("anio_poblacion", "Año de la población"),
    Columna("fuente", "Fuente"),
    Columna("tipo", "Tipo"),
    Columna("fecha_ingreso", "Fecha de ingreso"),
    Columna("autoridad", "Autoridad"),
    Columna("cargo", "Cargo"),
    Columna("correo", "Correo"),
    Columna("telefono", "Teléfono"),
    # Lo que el padrón exportado lleva de cada miembro para que una importación en otra base no lo pierda: el
    # estado vigente (con su fecha y motivo), la marca de fundador y el modo de ingreso. Un miembro nuevo entra
    # con ellos; en uno que ya está, el estado distinto solo se avisa (una baja se registra con «miembros baja»,
    # que además termina sus mandatos) y fundador y modo de ingreso se actualizan como el resto de la ficha.
    Columna("estado", "Estado"),
    Columna("estado_desde", "Estado desde"),
    Columna("estado_motivo", "Motivo del estado"),
    Columna("fundador", "Fundador"),
    Columna("modo_ingreso", "Modo de ingreso"),
    # Dónde está el miembro en el mapa (grados decimales): en dos columnas o en una, «latitud, longitud».
    Columna("latitud", "Latitud"),
    Columna("longitud", "Longitud"),
    Columna("coordenadas", "Coordenadas"),
)
# Columnas de fecha: su orden (dd/mm o mm/dd) se decide por la evidencia del archivo (dominio/orden_de_fechas).
COLUMNAS_FECHA = ("fecha_ingreso", "estado_desde")
# Largo máximo de cada celda (dominio/entrada): los nombres propios, LARGO_NOMBRE; lo demás, LARGO_CORTO.
LARGOS = {c.campo: entrada.LARGO_CORTO for c in COLUMNAS} | {
    "nombre": entrada.LARGO_NOMBRE, "region": entrada.LARGO_NOMBRE, "autoridad": entrada.LARGO_NOMBRE}
_POR_ENCABEZADO = {normalizar(c.encabezado): c.campo for c in COLUMNAS}
_ALIAS = {
    "codigo oficial": "codigo", "correo electronico": "correo", "email": "correo",
    "e-mail": "correo", "telefono de contacto": "telefono", "ano de la poblacion": "anio_poblacion",
    "anio de la poblacion": "anio_poblacion", "ano poblacion": "anio_poblacion",
    "fuente de la poblacion": "fuente", "ingreso": "fecha_ingreso",
    "fecha del estado": "estado_desde", "desde": "estado_desde", "motivo": "estado_motivo",
    "fundadora": "fundador", "socio fundador": "fundador", "miembro fundador": "fundador",
    # Como escriben una planilla de ciudades en castellano y en portugués (ya normalizados: sin tildes ni mayúsculas).
    **{a: "nombre" for a in ("ciudad", "cidade", "municipio", "municipalidad", "localidad", "localidade", "comuna",
                             "nome", "nombre de la ciudad", "nombre del municipio", "nome da cidade",
                             "nome do municipio", "ciudad/municipio", "cidade/municipio")},
    **{a: "region" for a in ("provincia", "departamento", "regiao", "uf", "estado/provincia", "provincia/estado",
                             "departamento/provincia", "provincia/departamento", "estado/departamento")},
    **{a: "poblacion" for a in ("habitantes", "populacao", "poblacion total", "populacao total",
                                "numero de habitantes", "nro de habitantes", "n de habitantes", "no de habitantes",
                                "cantidad de habitantes", "poblacion estimada", "populacao estimada")},
    **{a: "anio_poblacion" for a in ("ano del censo", "anio del censo", "ano do censo", "ano da populacao")},
    **{a: "fuente" for a in ("fonte", "fonte da populacao")},
    # El correo y el teléfono «de contacto», «institucional», en portugués (issue 61 §5: «Correo de contacto» quedaba
    # en «— ignorar —» y las direcciones se perdían sin que se notara).
    **{a: "correo" for a in ("correo de contacto", "correo institucional", "correo electronico de contacto", "mail",
                             "mail de contacto", "email de contacto", "e-mail de contacto", "email institucional",
                             "e-mail institucional", "correio", "correio eletronico", "email de contato",
                             "e-mail de contato", "correio de contato")},
    **{a: "telefono" for a in ("telefone", "telefone de contato", "tel", "tel.", "telefono institucional")},
    **{a: "codigo" for a in ("codigo ibge", "codigo ine", "codigo del municipio", "codigo do municipio")},
    # La autoridad, por el título de su cargo en cada país (issue 78 §4: «Intendente» quedaba en «— ignorar —» y la
    # autoridad se perdía), en masculino y en femenino; el cargo lo pone la columna Cargo o, sin ella, el país
    # (dominio/miembros.cargo_local). La ventana (vista_previa) y la línea de órdenes leen esta misma tabla.
    **{a: "autoridad" for a in (
        "intendente", "intendenta", "intendente municipal", "intendenta municipal",   # Uruguay, Argentina, Paraguay
        "alcalde", "alcaldesa", "alcalde municipal", "alcaldesa municipal",
        "jefe de gobierno", "jefa de gobierno",
        "presidente municipal", "presidenta municipal",                                # México
        "prefeito", "prefeita", "prefeito municipal", "prefeita municipal",            # Brasil
        "autoridad municipal", "autoridad local", "autoridade", "autoridade municipal", "autoridade local")},
    # Como las llaman las planillas de ciudades y lo que exportan los mapas en línea y los SIG.
    # («Ubicación» no: suele traer la dirección postal.)
    **{a: "latitud" for a in ("lat", "latitude", "latitud (grados)", "latitude (graus)")},
    **{a: "longitud" for a in ("lon", "lng", "long", "longitude", "longitud (grados)", "longitude (graus)")},
    **{a: "coordenadas" for a in ("coordenadas geograficas", "coordinates", "lat, lon", "lat,lon", "lat, lng",
                                  "lat,lng", "lat/lon", "latitud, longitud", "latitude, longitude",
                                  "latitud y longitud")},
}
# «Estado» es el del miembro en el padrón exportado (activo, baja…) y la región en Brasil o México: sin otra columna de
# región, lo deciden los valores de la columna (ver `mapear_encabezados`).
_ENCABEZADO_AMBIGUO = "estado"
# Columnas que el padrón exportado agrega a título informativo: se ignoran sin aviso.
COLUMNAS_INFORMATIVAS = {"id"}
ENCABEZADO_DEL_CAMPO = {c.campo: c.encabezado for c in COLUMNAS}
LATITUD_Y_LONGITUD = ("latitud", "longitud")  # la ubicación en dos columnas
ESTADOS_DESDE_TEXTO = {
    **{s: "activo" for s in ("activo", "activa", "alta", "vigente")},
    **{s: "suspendido" for s in ("suspendido", "suspendida", "suspension")},
    **{s: "baja" for s in ("baja", "de baja", "dado de baja", "dada de baja")},
    # Como lo exporta el padrón: la ciudad que pidió ingresar (un miembro nuevo queda solicitante; la admite una
    # resolución, no la importación).
    **{s: "solicitante" for s in ("solicitante", "solicitud")},
}
_SI = {"si", "s", "x", "1", "true", "verdadero", "fundador", "fundadora"}
_NO = {"no", "n", "0", "false", "falso"}


@dataclass(frozen=True)
class _EnCadaIdioma:
    """Los encabezados y valores que el padrón exportado escribe, en cada idioma del programa: un padrón exportado
    en portugués («População», «Ativo», «Sim») se vuelve a importar. El castellano manda si dos chocan."""

    encabezados: dict[str, str]
    estados: dict[str, str]
    tipos: dict[str, str]
    modos: dict[str, str]
    si: frozenset[str]
    no: frozenset[str]


def _formas(etiquetas: dict[str, str]) -> dict[str, str]:
    """{clave: etiqueta castellana} -> {etiqueta normalizada en cada idioma: clave}, sin las que chocan."""
    formas: dict[str, str] = {}
    for clave, etiqueta in etiquetas.items():
        for forma in en_cada_catalogo(etiqueta):
            formas.setdefault(normalizar(forma), clave)
    return formas


@lru_cache(maxsize=4)
def _en_cada_idioma(catalogos: tuple[str, ...]) -> _EnCadaIdioma:
    si = {normalizar(f) for f in en_cada_catalogo("Sí")}
    no = {normalizar(f) for f in en_cada_catalogo("No")} - si
    return _EnCadaIdioma(_formas({c.campo: c.encabezado for c in COLUMNAS}), _formas(m.ESTADOS_REGISTRADOS), _formas(m.TIPOS),
                         _formas(m.MODOS_INGRESO), frozenset(_SI | si), frozenset(_NO | no))


def en_cada_idioma() -> _EnCadaIdioma:
    return _en_cada_idioma(catalogos_instalados())


def letra_columna(indice: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: la letra que la hoja de cálculo muestra."""
    letras = ""
    indice += 1
    while indice:
        indice, resto = divmod(indice - 1, 26)
        letras = chr(65 + resto) + letras
    return letras


@dataclass(frozen=True)
class Problema:
    """Un error localizado: fila y columna tal como las muestra la hoja de cálculo.

    `valor` se guarda ya citable (entrada.muestra: corto y sin caracteres invisibles), para la consola, la
    tabla del asistente y la planilla de problemas. `campo` dice qué columna lo causó cuando quien lo
    detecta no conoce la hoja (un repetido): `ubicar` completa entonces columna y encabezado.
    """

    motivo: str
    fila: int | None = None
    columna: str | None = None
    encabezado: str | None = None
    valor: object = None
    campo: str | None = field(default=None, compare=False)
    # El valor recortado igual pero sin reemplazar lo invisible, para la planilla de problemas: su
    # exportador lo muestra con su código («Rosa[U+0007]rio»), que dice exactamente qué hay que borrar.
    original: object = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.valor, str):
            if self.original is None:
                recorte = self.valor if len(self.valor) <= 60 else self.valor[:59] + "…"
                object.__setattr__(self, "original", recorte)
            object.__setattr__(self, "valor", entrada.muestra(self.valor, 60))

    def __str__(self) -> str:
        """«Fila 3, columna B (Población), valor «abc»: …», en el idioma en curso. `encabezado` es el de COLUMNAS
        (en castellano: la ventana y la planilla de problemas lo traducen al mostrarlo, como aquí)."""
        partes = []
        if self.fila is not None:
            partes.append(traducir("fila {0}").format(self.fila))
        if self.columna:
            if self.encabezado:
                # Los encabezados de COLUMNAS entran en el catálogo por extraer.ROTULOS_DE_OTRAS_CAPAS.
                partes.append(traducir("columna {0} ({1})").format(self.columna, traducir(self.encabezado)))
            else:
                partes.append(traducir("columna {0}").format(self.columna))
        lugar = ", ".join(partes)
        valor = "" if self.valor is None or self.valor == "" else traducir(", valor «{0}»").format(self.valor)
        texto = f"{lugar}{valor}: {self.motivo}" if lugar else self.motivo
        return texto[0].upper() + texto[1:]


@dataclass
class Mapeo:
    """Qué columna del archivo (índice) alimenta cada campo."""

    indices: dict[str, int] = field(default_factory=dict)
    ignoradas: list[str] = field(default_factory=list)


def es_estado_del_miembro(valor: object) -> bool:
    """¿Es «activo», «baja», «Ativo»… (un estado del padrón, en cualquier idioma del programa)?"""
    clave = normalizar(valor)
    return clave in ESTADOS_DESDE_TEXTO or clave in en_cada_idioma().estados


def _columna_estado_es_region(encabezados: list[object], muestra: list[tuple] | None) -> int | None:
    """La columna «Estado» que trae regiones («São Paulo», «Jalisco»), no estados del padrón: sin otra columna de
    región y con algún valor de la muestra que no es un estado del miembro. None si no la hay."""
    ambiguas = [i for i, e in enumerate(encabezados) if normalizar(e) == _ENCABEZADO_AMBIGUO]
    if len(ambiguas) != 1 or not muestra:
        return None
    indice = ambiguas[0]
    for i, e in enumerate(encabezados):
        clave = normalizar(e)
        if i != indice and "region" == (_POR_ENCABEZADO.get(clave) or en_cada_idioma().encabezados.get(clave)
                                        or _ALIAS.get(clave)):
            return None   # ya hay región: «Estado» es el del miembro
    valores = [fila[indice] for fila in muestra if indice < len(fila) and not m.esta_vacio(fila[indice])]
    return indice if any(not es_estado_del_miembro(v) for v in valores) else None


def campo_del_encabezado(clave: str) -> str | None:
    """El campo que trae un encabezado ya normalizado («correo de contacto» -> "correo"), en cada idioma; None si
    ninguno."""
    return _POR_ENCABEZADO.get(clave) or en_cada_idioma().encabezados.get(clave) or _ALIAS.get(clave)


def mapear_encabezados(encabezados: list[object], muestra: list[tuple] | None = None) -> tuple[Mapeo, list[Problema]]:
    """Qué columna trae cada dato, por su encabezado (en castellano, portugués o con los nombres de siempre:
    «Ciudad», «Cidade», «Provincia», «Departamento», «Habitantes», «População»…). `muestra`: las primeras filas,
    para decidir si una columna «Estado» trae el estado del miembro o la región."""
    mapeo, problemas = Mapeo(), []
    estado_es_region = _columna_estado_es_region(encabezados, muestra)
    for indice, crudo in enumerate(encabezados):
        clave = normalizar(crudo)
        if not clave:
            continue
        campo = campo_del_encabezado(clave)
        if indice == estado_es_region:
            campo = "region"
        if campo is None:
            if clave not in COLUMNAS_INFORMATIVAS:
                mapeo.ignoradas.append(entrada.muestra(str(crudo).strip()))
            continue
        if campo in mapeo.indices:
            anterior = letra_columna(mapeo.indices[campo])
            problemas.append(Problema(
                traducir("la columna «{0}» está repetida (ya aparece en la columna {1}); deje solo una").format(
                    entrada.muestra(crudo), anterior),
                fila=1, columna=letra_columna(indice)))
            continue
        mapeo.indices[campo] = indice
    problemas += problemas_de_coordenadas(mapeo.indices)
    faltan = [traducir(ENCABEZADO_DEL_CAMPO[c.campo]) for c in COLUMNAS if c.obligatoria and c.campo not in mapeo.indices]
    if faltan:
        encontrados = (", ".join(entrada.muestra(str(e).strip()) for e in encabezados if not m.esta_vacio(e))
                       or traducir("ninguno"))
        problemas.append(Problema(
            traducir("faltan columnas obligatorias: {0}. La primera fila debe tener los encabezados "
                     "(encontrados: {1})").format(", ".join(faltan), encontrados), fila=1))
    return mapeo, problemas


@dataclass(frozen=True)
class ColumnaIgnoradaConDatos:
    """Una columna que no se importará y trae datos en la muestra: `sugerido`, el campo que parecen sus valores
    (un correo, por su «@»), o None."""

    indice: int
    encabezado: str
    sugerido: str | None


def ignoradas_con_datos(encabezados: list[object], filas: list[tuple], elegidas: set[int]) -> list[ColumnaIgnoradaConDatos]:
    """De las columnas que no están en `elegidas` (las que se importan), las que traen algo en `filas` (la muestra):
    ignorarlas pierde esos datos, y quien importa tiene que saberlo (issue 61 §5). Una columna cuyos valores llevan
    «@» se sugiere como correo."""
    resultado = []
    for indice, encabezado in enumerate(encabezados):
        if indice in elegidas or normalizar(str(encabezado or "")) in COLUMNAS_INFORMATIVAS:
            continue
        valores = [str(f[indice]).strip() for f in filas if indice < len(f) and f[indice] not in (None, "")]
        valores = [v for v in valores if v]
        if not valores:
            continue
        sugerido = "correo" if sum("@" in v for v in valores) * 2 > len(valores) else None
        resultado.append(ColumnaIgnoradaConDatos(indice, str(encabezado or letra_columna(indice)), sugerido))
    return resultado


def rotulo_del_campo(campo: str) -> str:
    """El encabezado de un campo, en el idioma en curso."""
    return traducir(ENCABEZADO_DEL_CAMPO[campo])


def problemas_de_coordenadas(indices: dict[str, int]) -> list[Problema]:
    """La ubicación viene en dos columnas (Latitud y Longitud, las dos) o en una (Coordenadas), no en las dos formas:
    una sola columna de las dos, o las dos formas a la vez, es un problema de los encabezados."""
    dos = [campo for campo in LATITUD_Y_LONGITUD if campo in indices]
    if "coordenadas" in indices and dos:
        return [Problema(traducir("la columna {0} trae las coordenadas y la columna {1} también trae la {2}; deje "
                                  "una sola forma: Latitud y Longitud, o Coordenadas").format(
            letra_columna(indices["coordenadas"]), letra_columna(indices[dos[0]]), rotulo_del_campo(dos[0]).lower()),
            fila=1, columna=letra_columna(indices[dos[0]]))]
    if len(dos) == 1:
        [hay] = dos
        [falta] = [campo for campo in LATITUD_Y_LONGITUD if campo != hay]
        return [Problema(traducir("hay una columna {0} y falta la columna {1}: la ubicación necesita las dos (o una "
                                  "columna Coordenadas con «latitud, longitud»)").format(
            rotulo_del_campo(hay), rotulo_del_campo(falta)), fila=1, columna=letra_columna(indices[hay]))]
    return []
