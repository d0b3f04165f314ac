"""Reglas de la importación del padrón: encabezados, validación fila a fila y emparejamiento.

Todo es puro: recibe valores ya leídos del archivo y devuelve filas validadas o problemas.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from . import entrada, formato, orden_de_fechas
from . import miembros as m
from .miembros import MODOS_INGRESO, TIPOS
from .paises import codigo_pais, pais_de_la_asociacion
from .texto import normalizar
from .ubicacion import en_el_cruce_del_ecuador, leer_coordenada, leer_par_de_coordenadas, motivo_del_cruce
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
    **{a: "codigo" for a in ("codigo ibge", "codigo ine", "codigo del municipio", "codigo do municipio")},
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
_ESTADOS_DESDE_TEXTO = {
    **{s: "activo" for s in ("activo", "activa", "alta", "vigente")},
    **{s: "suspendido" for s in ("suspendido", "suspendida", "suspension")},
    **{s: "baja" for s in ("baja", "de baja", "dado de baja", "dada de baja")},
    # Como lo exporta el padrón: la ciudad que pidió ingresar (un miembro nuevo queda solicitante; la admite una
    # resolución, no la importación).
    **{s: "solicitante" for s in ("solicitante", "solicitud")},
}
_SI = {"si", "s", "x", "1", "true", "verdadero", "fundador", "fundadora"}
_NO = {"no", "n", "0", "false", "falso"}
_MODOS_DESDE_TEXTO = {normalizar(v): k for k, v in m.MODOS_INGRESO.items()} | {
    "solicitud_propia": "solicitud_propia", "solicitud": "solicitud_propia", "designacion": "designacion"}


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
    return clave in _ESTADOS_DESDE_TEXTO or clave in en_cada_idioma().estados


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
        campo = _POR_ENCABEZADO.get(clave) or en_cada_idioma().encabezados.get(clave) or _ALIAS.get(clave)
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
    faltan = [traducir(_ENCABEZADO[c.campo]) for c in COLUMNAS if c.obligatoria and c.campo not in mapeo.indices]
    if faltan:
        encontrados = (", ".join(entrada.muestra(str(e).strip()) for e in encabezados if not m.esta_vacio(e))
                       or traducir("ninguno"))
        problemas.append(Problema(
            traducir("faltan columnas obligatorias: {0}. La primera fila debe tener los encabezados "
                     "(encontrados: {1})").format(", ".join(faltan), encontrados), fila=1))
    return mapeo, problemas


def problemas_de_coordenadas(indices: dict[str, int]) -> list[Problema]:
    """La ubicación viene en dos columnas (Latitud y Longitud, las dos) o en una (Coordenadas), no en las dos formas:
    una sola columna de las dos, o las dos formas a la vez, es un problema de los encabezados."""
    dos = [campo for campo in _LATITUD_Y_LONGITUD if campo in indices]
    if "coordenadas" in indices and dos:
        return [Problema(traducir("la columna {0} trae las coordenadas y la columna {1} también trae la {2}; deje "
                                  "una sola forma: Latitud y Longitud, o Coordenadas").format(
            letra_columna(indices["coordenadas"]), letra_columna(indices[dos[0]]), _rotulo(dos[0]).lower()),
            fila=1, columna=letra_columna(indices[dos[0]]))]
    if len(dos) == 1:
        [hay] = dos
        [falta] = [campo for campo in _LATITUD_Y_LONGITUD if campo != hay]
        return [Problema(traducir("hay una columna {0} y falta la columna {1}: la ubicación necesita las dos (o una "
                                  "columna Coordenadas con «latitud, longitud»)").format(
            _rotulo(hay), _rotulo(falta)), fila=1, columna=letra_columna(indices[hay]))]
    return []


_LATITUD_Y_LONGITUD = ("latitud", "longitud")


def _rotulo(campo: str) -> str:
    """El encabezado de un campo, en el idioma en curso."""
    return traducir(_ENCABEZADO[campo])


@dataclass
class FilaMiembro:
    """Una fila válida del archivo, con valores ya interpretados. None = celda vacía."""

    fila: int
    nombre: str
    pais: str
    poblacion: int
    region: str | None = None
    codigo: str | None = None
    anio_poblacion: int | None = None
    fuente: str | None = None
    tipo: str | None = None
    fecha_ingreso: date | None = None
    autoridad: str | None = None
    cargo: str | None = None
    correo: str | None = None
    telefono: str | None = None
    estado: str | None = None  # activo, suspendido, baja
    estado_desde: date | None = None
    estado_motivo: str | None = None
    fundador: bool | None = None
    modo_ingreso: str | None = None
    latitud: float | None = None   # dónde está en el mapa: las dos o ninguna
    longitud: float | None = None

    def clave(self) -> tuple[str, str, str]:
        return m.clave_emparejamiento(self.pais, self.region, self.nombre)


def _como_texto(valor: object) -> object:
    if isinstance(valor, float) and valor.is_integer():
        return int(valor)  # un código numérico leído de Excel: 4314902.0 -> "4314902"
    return valor


_ENCABEZADO = {c.campo: c.encabezado for c in COLUMNAS}


def validar_fila(numero: int, valores: tuple, mapeo: Mapeo, hoy: date,
                 paises: set[str] | frozenset[str] | None = None,
                 ordenes: dict[str, str] | None = None) -> tuple[FilaMiembro | None, list[Problema]]:
    """La fila interpretada, o todos sus problemas. Toda celda pasa antes por la regla única de lo que se
    escribe (dominio/entrada): ni caracteres de control o de dirección, ni saltos de línea, ni más largo que
    LARGOS. `paises`: los de la asociación; si tiene alguno, un miembro de otro país se rechaza. `ordenes`: por
    columna de fecha, "dma" o "mda" (decidido para el archivo entero, ver dominio/orden_de_fechas); sin él, dd/mm."""
    ordenes = ordenes or {}
    problemas: list[Problema] = []
    rechazadas: set[str] = set()
    leido: dict[str, object] = {}
    limpios: dict[str, str] = {}  # el texto ya pasado por la regla, para no pasarlo dos veces

    def problema(campo: str, valor: object, motivo: str) -> None:
        rechazadas.add(campo)
        problemas.append(Problema(motivo, numero, letra_columna(mapeo.indices[campo]), _ENCABEZADO[campo], valor))

    indices, largo = mapeo.indices, len(valores)

    def bruto(campo: str) -> object:
        indice = indices.get(campo)
        return valores[indice] if indice is not None and indice < largo else None

    def celda(campo: str) -> object:
        """El valor de la celda; None si está vacía o si no se puede escribir (queda informado)."""
        indice = indices.get(campo)
        crudo = valores[indice] if indice is not None and indice < largo else None
        if crudo is None:  # m.esta_vacio, en línea: se llama dos veces por celda
            return None
        if isinstance(crudo, str):
            if not crudo.strip():
                return None
            try:
                limpios[campo] = entrada.texto(crudo, maximo=LARGOS[campo])
            except ValueError as error:
                problema(campo, crudo, str(error))
                return None
        return crudo

    def texto(campo: str) -> str | None:
        valor = celda(campo)
        if valor is None:
            return None
        limpio = limpios.get(campo)
        if limpio is None:
            try:  # un número o una fecha de Excel en una columna de texto pasa por la misma regla
                limpio = entrada.texto(_como_texto(valor), maximo=LARGOS[campo])
            except ValueError as error:
                problema(campo, valor, str(error))
                return None
        # Espacios seguidos o de otro ancho (el de no separación de Excel) quedan como uno solo.
        return " ".join(limpio.split())

    leido["nombre"] = texto("nombre")
    if m.esta_vacio(bruto("nombre")):
        problema("nombre", None, traducir("está vacío; cada miembro necesita un nombre"))

    crudo = celda("pais")
    pais = None if crudo is None else codigo_pais(crudo)
    if m.esta_vacio(bruto("pais")):
        problema("pais", None, traducir("está vacío"))
    elif crudo is not None and pais is None:
        problema("pais", crudo, traducir("no es un país reconocido; use el código ISO de dos letras (AR, BR…) o su "
                                         "nombre"))
    elif pais is not None:
        try:  # la misma regla que la ficha del miembro: solo países de la asociación (si ya cargó alguno)
            pais_de_la_asociacion(pais, paises or ())
        except ValueError as error:
            problema("pais", crudo, str(error))
    leido["pais"] = pais

    crudo = celda("poblacion")
    if crudo is not None or m.esta_vacio(bruto("poblacion")):
        try:
            leido["poblacion"] = m.leer_poblacion(crudo)
        except ValueError as error:
            problema("poblacion", crudo, traducir("la población {0}").format(error))

    crudo = celda("anio_poblacion")
    if crudo is not None:
        try:
            leido["anio_poblacion"] = m.leer_anio(crudo, hoy)
        except ValueError as error:
            problema("anio_poblacion", crudo, str(error))
    for campo in COLUMNAS_FECHA:
        crudo = celda(campo)
        if crudo is not None:
            try:
                leido[campo] = m.leer_fecha(orden_de_fechas.a_dma(crudo, ordenes.get(campo, "dma")), hoy)
            except ValueError as error:
                problema(campo, crudo, str(error))

    crudo = celda("tipo")
    if crudo is not None:
        tipo = m.tipo_desde_texto(crudo) or en_cada_idioma().tipos.get(normalizar(crudo))
        if tipo is None:
            problema("tipo", crudo, traducir("no es un tipo conocido; use {0}").format(
                ", ".join(traducir(TIPOS[clave]) for clave in TIPOS)))
        leido["tipo"] = tipo

    crudo = celda("correo")
    if crudo is not None:
        try:
            leido["correo"] = m.leer_correo(crudo)
        except ValueError as error:
            problema("correo", crudo, str(error))

    for campo in ("region", "codigo", "fuente", "autoridad", "cargo", "telefono", "estado_motivo"):
        leido[campo] = texto(campo)
    if leido["cargo"] and not leido["autoridad"] and "autoridad" not in rechazadas:
        problema("cargo", leido["cargo"],
                 traducir("hay un cargo pero falta el nombre de la autoridad en la columna Autoridad"))

    _validar_estado(celda, problema, leido, rechazadas)
    crudo = celda("fundador")
    if crudo is not None:
        valor = crudo if isinstance(crudo, bool) else normalizar(_como_texto(crudo))  # VERDADERO de Excel
        if isinstance(valor, bool):
            leido["fundador"] = valor
        elif valor in en_cada_idioma().si or valor in en_cada_idioma().no:
            leido["fundador"] = valor in en_cada_idioma().si
        else:
            problema("fundador", crudo, traducir("no se entiende; escriba Sí (es fundador) o No"))
    crudo = celda("modo_ingreso")
    if crudo is not None:
        modo = _MODOS_DESDE_TEXTO.get(normalizar(crudo)) or en_cada_idioma().modos.get(normalizar(crudo))
        if modo is None:
            problema("modo_ingreso", crudo, traducir("no es un modo de ingreso conocido; use {0} o {1}").format(
                *(traducir(MODOS_INGRESO[clave]) for clave in MODOS_INGRESO)))
        leido["modo_ingreso"] = modo

    _validar_ubicacion(celda, bruto, problema, leido, mapeo)

    if problemas:
        return None, problemas
    return FilaMiembro(fila=numero, **leido), []


def _validar_ubicacion(celda, bruto, problema, leido: dict, mapeo: Mapeo) -> None:
    """Latitud y Longitud (las dos o ninguna), o Coordenadas con las dos: grados decimales con las reglas de la
    ficha (dominio/ubicacion)."""
    if "coordenadas" in mapeo.indices:
        crudo = celda("coordenadas")
        if crudo is not None:
            try:
                leido["latitud"], leido["longitud"] = leer_par_de_coordenadas(crudo)
            except ValueError as error:
                problema("coordenadas", crudo, str(error))
        return
    if "latitud" not in mapeo.indices or "longitud" not in mapeo.indices:
        return
    crudos = {campo: celda(campo) for campo in _LATITUD_Y_LONGITUD}
    vacias = [campo for campo in crudos if crudos[campo] is None and m.esta_vacio(bruto(campo))]
    if len(vacias) == 1:
        [otra] = [campo for campo in _LATITUD_Y_LONGITUD if campo not in vacias]
        problema(vacias[0], None, traducir("está vacía y la {0} no: la ubicación necesita las dos (o deje las dos "
                                           "vacías)").format(_rotulo(otra).lower()))
        return
    for campo, crudo in crudos.items():
        if crudo is not None:
            try:
                leido[campo] = leer_coordenada(crudo, campo)
            except ValueError as error:
                problema(campo, crudo, str(error))
    if en_el_cruce_del_ecuador(leido.get("latitud"), leido.get("longitud")):
        problema("latitud", crudos["latitud"], motivo_del_cruce())


def _validar_estado(celda, problema, leido: dict, rechazadas: set[str]) -> None:
    """Estado, Estado desde y Motivo del estado: un miembro suspendido o de baja necesita la fecha y el motivo
    (las mismas reglas que «miembros baja»); la fecha no puede ser anterior al ingreso."""
    crudo = celda("estado")
    estado = None
    if crudo is not None:
        estado = _ESTADOS_DESDE_TEXTO.get(normalizar(crudo)) or en_cada_idioma().estados.get(normalizar(crudo))
        if estado is None:
            problema("estado", crudo, traducir("no es un estado de miembro; use Activo, Suspendido o Baja (si esta "
                                               "columna trae la región —un estado de Brasil o de México—, titúlela "
                                               "«Región»)"))
            return
    leido["estado"] = estado
    if estado is None:
        if leido.get("estado_desde") is not None:
            problema("estado_desde", celda("estado_desde"),
                     traducir("hay una fecha de estado pero la columna Estado está vacía; escriba el estado (Activo, "
                              "Suspendido o Baja) o borre esta celda"))
        if leido.get("estado_motivo") is not None:
            problema("estado_motivo", leido["estado_motivo"],
                     traducir("hay un motivo de estado pero la columna Estado está vacía; escriba el estado (Activo, "
                              "Suspendido o Baja) o borre esta celda"))
        return
    if estado == "solicitante" and "estado" not in rechazadas:
        # Una ciudad que pidió ingresar: su fecha de solicitud en «Estado desde» (si falta, hoy); sin fecha de ingreso.
        if leido.get("fecha_ingreso") is not None:
            problema("fecha_ingreso", celda("fecha_ingreso"), traducir(
                "una ciudad solicitante todavía no ingresó: borre la fecha de ingreso (la pone la resolución que la "
                "admite)"))
    elif estado != "activo" and "estado" not in rechazadas:
        suspendido = estado == "suspendido"   # si no, de baja
        if leido.get("estado_desde") is None and "estado_desde" not in rechazadas:
            problema("estado", crudo, traducir(
                "un miembro suspendido necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» "
                "(dd/mm/aaaa)") if suspendido else traducir(
                "un miembro de baja necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» "
                "(dd/mm/aaaa)"))
        if not leido.get("estado_motivo") and "estado_motivo" not in rechazadas:
            problema("estado", crudo, traducir(
                "un miembro suspendido necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, "
                "«Renuncia presentada por nota»)") if suspendido else traducir(
                "un miembro de baja necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, "
                "«Renuncia presentada por nota»)"))
    desde, ingreso = leido.get("estado_desde"), leido.get("fecha_ingreso")
    if desde and ingreso and desde < ingreso:
        problema("estado_desde", celda("estado_desde"),
                 traducir("es anterior a la fecha de ingreso ({0}); revise una de las dos").format(
                     formato.fecha(ingreso)))


class _Ejemplos:
    """Las fechas de una clase (con su fila) que una columna dio como evidencia: se guardan las primeras, que son
    las que cita el mensaje, y se cuentan las demás (una columna de 100.000 fechas no queda en memoria)."""

    def __init__(self):
        self._primeras: list[tuple[int, str]] = []
        self._cantidad = 0

    def append(self, ejemplo: tuple[int, str]) -> None:
        self._cantidad += 1
        if len(self._primeras) < _EJEMPLOS_GUARDADOS:
            self._primeras.append(ejemplo)

    def __len__(self) -> int:
        return self._cantidad

    def __bool__(self) -> bool:
        return self._cantidad > 0

    def __getitem__(self, indice):
        return self._primeras[indice]


_EJEMPLOS_GUARDADOS = 10  # orden_de_fechas cita las tres primeras


class EvidenciaDeFechas:
    """El orden (dd/mm o mm/dd) de cada columna de fecha, juntando la evidencia fila por fila mientras se lee el
    archivo (ver dominio/orden_de_fechas): se decide al final, con el archivo entero a la vista."""

    def __init__(self, mapeo: Mapeo):
        self._indices = {campo: mapeo.indices[campo] for campo in COLUMNAS_FECHA if campo in mapeo.indices}
        self._por_columna = {campo: orden_de_fechas.Evidencia(_Ejemplos(), _Ejemplos(), _Ejemplos())
                             for campo in self._indices}

    def agregar(self, numero: int, valores: tuple) -> None:
        for campo, indice in self._indices.items():
            if indice < len(valores):
                self._por_columna[campo].agregar(numero, valores[indice])

    def decidir(self, elegido: str | None = None) -> tuple[dict[str, str], list[Problema]]:
        """(campo -> orden) y un problema por columna que no se puede leer sin cambiar día por mes."""
        decision = orden_de_fechas.decidir(self._por_columna, elegido)
        indices = self._indices
        problemas = [Problema(orden_de_fechas.motivo_ambigua(e), columna=letra_columna(indices[campo]),
                              encabezado=_ENCABEZADO[campo]) for campo, e in decision.ambiguas.items()]
        problemas += [Problema(orden_de_fechas.motivo_contradictoria(e), columna=letra_columna(indices[campo]),
                               encabezado=_ENCABEZADO[campo]) for campo, e in decision.contradictorias.items()]
        return decision.ordenes, problemas


def ubicar(problemas: list[Problema], mapeo: Mapeo | None) -> list[Problema]:
    """Completa columna y encabezado de los problemas que solo saben su `campo` (los repetidos)."""
    if mapeo is None:
        return list(problemas)
    return [replace(p, columna=letra_columna(mapeo.indices[p.campo]), encabezado=_ENCABEZADO[p.campo])
            if p.campo in mapeo.indices and not p.columna else p for p in problemas]


def problema_repetido(fila: int, nombre: str, pais: str, region: str | None, codigo: str | None,
                      primera: int) -> Problema:
    """La fila `fila` trae al mismo miembro que la fila `primera`: por su código si lo tiene, si no por país, región
    y nombre. Nombra la celda que choca (Código o Nombre) con su valor."""
    if codigo:
        return Problema(traducir("el código «{0}» ya aparece en la fila {1}; cada miembro debe figurar una sola "
                                 "vez").format(codigo, primera), fila=fila, valor=codigo, campo="codigo")
    return Problema(traducir("«{0}» ({1}, {2}) ya aparece en la fila {3}; cada miembro debe figurar una sola "
                             "vez").format(nombre, pais, region or traducir("sin región"), primera),
                    fila=fila, valor=nombre, campo="nombre")


def clave_de_repeticion(codigo: str | None, clave: tuple[str, str, str]) -> tuple:
    """Lo que hace que dos filas de un archivo sean el mismo miembro: el código (sin mayúsculas) si lo tiene; si
    no, la clave de país, región y nombre."""
    return ("codigo", codigo.casefold()) if codigo else ("clave", *clave)


def buscar_repetidos(filas: list[FilaMiembro], mapeo: Mapeo | None = None) -> list[Problema]:
    """El mismo miembro dos veces en un archivo es un error: se informan ambas filas, y la celda que choca
    (Código o Nombre) con su valor."""
    problemas, vistos = [], {}
    for fila in filas:
        clave = clave_de_repeticion(fila.codigo, fila.clave())
        if clave in vistos:
            problemas.append(problema_repetido(fila.fila, fila.nombre, fila.pais, fila.region, fila.codigo,
                                               vistos[clave]))
        else:
            vistos[clave] = fila.fila
    return ubicar(problemas, mapeo)
