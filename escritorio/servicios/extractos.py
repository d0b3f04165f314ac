"""Importar los cobros de un extracto bancario o de la planilla de tesorería (issue 47): leer el archivo y armar el
plan de lo que se registraría, sin escribir nada.

`planear_extracto` lee el archivo (`documentos.excel.lectura.leer_hoja_entera`, las reglas de columnas, fechas e
importes de `dominio.extractos`), reconoce al miembro de cada crédito (`dominio.conciliacion`) y prevé cada pago con
las mismas reglas con que se registrará (`servicios.pagos_en_lote.prever_pagos`: imputación, saldo a favor, tipo de
cambio). Cada línea del plan queda en un estado (`ESTADOS`): las seguras y las elegidas a mano se registrarán; las
dudosas y las que tienen un problema se preguntan; los débitos, las ignoradas y las ya importadas se muestran y no
se registran. `replanear` vuelve a decidir con otras asignaciones sin releer el archivo (la ventana, al elegir un
miembro en la revisión). Registrar es de `servicios.registro_de_extractos`.
"""

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..datos import asociaciones as tabla_asociaciones
from ..datos import cuotas as tabla_cuotas
from ..datos import extractos as tabla_extractos
from ..documentos.excel.lectura import bytes_por_dentro, leer_hoja_entera, nombre_citable
from ..dominio import entrada, formato
from ..dominio.celdas_del_banco import medio_del_texto
from ..dominio.conciliacion import SEGURA, Conciliador, MiembroConciliable, Propuesta
from ..dominio.extractos import (CREDITO_LINEA, DEBITO_LINEA, LIMITE_DE_BYTES, LIMITE_DE_FILAS, LIMITE_DESCOMPRIMIDO,
                                 ROTULOS, Encabezados, LineaLeida, buscar_encabezados, leer_lineas)
from ..dominio.huellas_de_extracto import huellas, huellas_anteriores
from ..dominio.importacion import Problema, letra_columna
from ..dominio.morosidad import SaldoCargo
from ..dominio.tamano import tamano_legible
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .contexto import Contexto
from .pagos import TIPO_CAMBIO, NuevoPago, numero_recibo
from .pagos_en_lote import prever_pagos

# Cada estado de una línea del plan, como se muestra.
ESTADOS = {"segura": "Segura", "elegida": "Elegida a mano", "dudosa": "Dudosa", "problema": "Con problema",
           "omitida": "No se registra", "ya_importada": "Ya importada", "debito": "Débito", "ignorada": "Ignorada"}
A_REGISTRAR = ("segura", "elegida")
PREGUNTAS = ("dudosa", "problema")
MAXIMO_PROBLEMAS_EN_MENSAJE = 50


@dataclass
class OpcionesDeExtracto:
    """Lo que el archivo no dice y la persona indica: la hoja de un .xlsx, la moneda de la cuenta (para las líneas
    sin moneda) y los tipos de cambio, {(moneda del pago, moneda de los cargos): «1400»} (unidades de la primera
    por 1 de la segunda)."""

    hoja: str | None = None
    moneda: str | None = None
    tipos_de_cambio: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass
class LineaDelPlan:
    """Una línea del archivo y lo que se hará con ella. `miembro_id`: el que se registrará (seguras y elegidas) o el
    propuesto (dudosas); `motivo`, por qué (para leer)."""

    linea: LineaLeida
    huella: str
    estado: str
    motivo: str
    propuesta: Propuesta | None = None
    miembro_id: int | None = None
    miembro: str | None = None
    asignada: bool = False
    nuevo: NuevoPago | None = None          # el pago que se registraría
    moneda_cargos: str | None = None
    imputado: int = 0                       # en moneda_cargos
    a_favor: int = 0
    problemas: list[str] = field(default_factory=list)
    huella_anterior: str = ""               # como la calculaba la versión anterior (dominio.extractos)
    recibo: str | None = None               # el de una línea ya importada

    @property
    def fila(self) -> int:
        return self.linea.fila

    @property
    def a_registrar(self) -> bool:
        return self.estado in A_REGISTRAR

    @property
    def pregunta(self) -> bool:
        return self.estado in PREGUNTAS


@dataclass
class CifrasDelPlan:
    lineas: int = 0
    automaticas: int = 0      # reconocidas sin preguntar
    elegidas: int = 0         # asignadas a mano
    dudosas: int = 0
    con_problema: int = 0
    omitidas: int = 0
    ya_importadas: int = 0
    debitos: int = 0
    ignoradas: int = 0
    por_moneda: dict[str, int] = field(default_factory=dict)   # lo que se registraría, por moneda del pago

    @property
    def a_registrar(self) -> int:
        return self.automaticas + self.elegidas

    @property
    def preguntas(self) -> int:
        return self.dudosas + self.con_problema


@dataclass
class PlanDeExtracto:
    """Lo que haría la importación de un archivo. Se arma con `planear_extracto` y se registra con
    `registro_de_extractos.registrar_extracto` (que vuelve a decidir dentro de su transacción qué líneas ya están)."""

    ruta: Path
    lineas: list[LineaDelPlan]
    encabezados: Encabezados
    hoja: str | None
    hojas: list[str]
    opciones: OpcionesDeExtracto
    asignaciones: dict[int, int | None]
    avisos: list[str] = field(default_factory=list)
    miembros: dict[int, str] = field(default_factory=dict)   # id -> «Nombre (país)», para elegir en la revisión

    @property
    def archivo(self) -> str:
        return nombre_citable(self.ruta)

    def cifras(self) -> CifrasDelPlan:
        cifras = CifrasDelPlan(lineas=len(self.lineas))
        contar = {"segura": "automaticas", "elegida": "elegidas", "dudosa": "dudosas", "problema": "con_problema",
                  "omitida": "omitidas", "ya_importada": "ya_importadas", "debito": "debitos", "ignorada": "ignoradas"}
        for linea in self.lineas:
            setattr(cifras, contar[linea.estado], getattr(cifras, contar[linea.estado]) + 1)
            if linea.a_registrar:
                cifras.por_moneda[linea.linea.moneda] = cifras.por_moneda.get(linea.linea.moneda, 0) + linea.linea.importe
        return cifras

    def columnas(self) -> dict[str, str]:
        """{campo: «B (Concepto)»}: qué columna del archivo trae cada dato."""
        return {campo: f"{letra_columna(i)} ({self.encabezados.textos[i]})"
                for campo, i in self.encabezados.indices.items()}

    def frase(self) -> str:
        """Lo que hará la importación, en una frase con las cifras del plan."""
        c = self.cifras()
        total = traducir(" y ").join(formato.dinero(v, m) for m, v in sorted(c.por_moneda.items()))
        texto = _cuantas(c.lineas, traducir("1 línea"), traducir("{0} líneas")) + ": "
        if c.a_registrar:
            texto += _cuantas(c.a_registrar, traducir("1 pago a registrar por {1}"),
                              traducir("{0} pagos a registrar por {1}"), total)
            texto += " (" + _cuantas(c.automaticas, traducir("1 reconocido solo"), traducir("{0} reconocidos solos")) \
                + ", " + _cuantas(c.elegidas, traducir("1 elegido a mano"), traducir("{0} elegidos a mano")) + ")"
        else:
            texto += traducir("ningún pago a registrar")
        partes = [_cuantas(n, una, varias) for n, una, varias in (
            (c.dudosas, traducir("1 dudosa por resolver"), traducir("{0} dudosas por resolver")),
            (c.con_problema, traducir("1 con un problema"), traducir("{0} con un problema")),
            (c.omitidas, traducir("1 que no se registra"), traducir("{0} que no se registran")),
            (c.ya_importadas, traducir("1 ya importada"), traducir("{0} ya importadas")),
            (c.debitos, traducir("1 débito ignorado"), traducir("{0} débitos ignorados")),
            (c.ignoradas, traducir("1 ignorada"), traducir("{0} ignoradas"))) if n]
        return texto + ("; " + "; ".join(partes) if partes else "") + "."


def _cuantas(cantidad: int, una: str, varias: str, *mas: object) -> str:
    """«1 línea» o «12 líneas»: las dos formas ya traducidas, con la cantidad en {0} y lo demás en {1}…"""
    return (una if cantidad == 1 else varias).format(formato.numero(cantidad), *mas)


# --- leer el archivo ----------------------------------------------------------------------------------------

def _error_de_archivo(ruta: Path, problemas: list[Problema]) -> ErrorValidacion:
    problemas = sorted(problemas, key=lambda p: (p.fila or 0))
    lineas = [f"  - {p}" for p in problemas[:MAXIMO_PROBLEMAS_EN_MENSAJE]]
    if len(problemas) > MAXIMO_PROBLEMAS_EN_MENSAJE:
        lineas.append("  " + traducir("… y {0} problemas más.").format(len(problemas) - MAXIMO_PROBLEMAS_EN_MENSAJE))
    titulo = (traducir("{0}: 1 problema; no se registró nada. Corríjalo y vuelva a importar:") if len(problemas) == 1
              else traducir("{0}: {1} problemas; no se registró nada. Corríjalos y vuelva a importar:")).format(
        nombre_citable(ruta), len(problemas))
    return ErrorValidacion("\n".join([titulo, *lineas]), problemas)


def _moneda_de_la_cuenta(moneda: str | None) -> str | None:
    if entrada.es_vacio(moneda):
        return None
    try:
        return entrada.moneda(moneda)
    except ValueError as error:
        raise ErrorEscritorio(traducir("Moneda de la cuenta: {0}.").format(error)) from None


def _demasiado_grande(ruta: Path, cuanto: str) -> ErrorEscritorio:
    return ErrorEscritorio(traducir(
        "{0} {1}: es más de lo que trae un extracto bancario (se importan hasta {2} y {3} filas de una vez; un año de "
        "movimientos de una asociación son unos pocos miles de líneas). No se registró nada. Descargue del banco el "
        "extracto de a un mes (o de a unos pocos meses) e impórtelos uno por uno: una línea que ya se importó no se "
        "registra dos veces.").format(nombre_citable(ruta), cuanto, tamano_legible(LIMITE_DE_BYTES),
                                      formato.numero(LIMITE_DE_FILAS)))


def _exigir_tamano(ruta: Path) -> None:
    """Antes de leerlo: un archivo de más de LIMITE_DE_BYTES (un .xlsx, también lo que ocupa por dentro) no se lee."""
    try:
        tamano = ruta.stat().st_size
    except OSError:   # no existe, es una carpeta…: lo dice la lectura, con su mensaje
        return
    if tamano > LIMITE_DE_BYTES:
        raise _demasiado_grande(ruta, traducir("pesa {0}").format(tamano_legible(tamano)))
    descomprimido = bytes_por_dentro(ruta) if ruta.suffix.lower() == ".xlsx" else None
    if descomprimido is not None and descomprimido > LIMITE_DESCOMPRIMIDO:
        raise _demasiado_grande(ruta, traducir("ocupa {0} descomprimido").format(tamano_legible(descomprimido)))


def _filas_hasta_el_limite(ruta: Path, filas) -> list:
    """Las filas con datos de la hoja, leídas de a una; en la que pasa de LIMITE_DE_FILAS se deja de leer (y se
    cierra el libro) sin haber guardado las que siguen."""
    leidas = []
    try:
        for fila in filas:
            if len(leidas) == LIMITE_DE_FILAS:
                raise _demasiado_grande(ruta, traducir("tiene más de {0} filas con datos").format(
                    formato.numero(LIMITE_DE_FILAS)))
            leidas.append(fila)
    finally:
        cerrar = getattr(filas, "close", None)
        if cerrar is not None:
            cerrar()
    return leidas


def leer_extracto(ruta: Path | str, opciones: OpcionesDeExtracto | None = None):
    """(líneas leídas, encabezados, la hoja, las hojas del libro, avisos) del archivo; ErrorValidacion con cada
    problema (fila y columna) si alguna fila no se puede leer: entonces no se registra nada."""
    ruta = Path(ruta)
    opciones = opciones or OpcionesDeExtracto()
    moneda = _moneda_de_la_cuenta(opciones.moneda)
    _exigir_tamano(ruta)
    tabla = leer_hoja_entera(ruta, opciones.hoja)
    filas = _filas_hasta_el_limite(ruta, tabla.filas)
    encabezados, problemas = buscar_encabezados(filas)
    if encabezados is None:
        otras = [h for h in tabla.hojas if h != tabla.hoja]
        if otras:
            problemas.append(Problema(traducir("se leyó la hoja «{0}»; el libro tiene además {1}: indique la hoja de "
                                               "los movimientos (en la línea de órdenes, --hoja; en la ventana, "
                                               "«Hoja»).").format(tabla.hoja, ", ".join(f"«{h}»" for h in otras))))
        raise _error_de_archivo(ruta, problemas)
    lectura = leer_lineas(filas, encabezados, moneda=moneda)
    if lectura.problemas:
        raise _error_de_archivo(ruta, lectura.problemas)
    if not lectura.lineas:
        raise ErrorEscritorio(traducir(
            "{0} no tiene movimientos debajo de los encabezados (fila {1}): no hay nada que importar.").format(
            nombre_citable(ruta), encabezados.fila))
    return lectura.lineas, encabezados, tabla.hoja, tabla.hojas, lectura.avisos


# --- decidir ----------------------------------------------------------------------------------------------

def _miembros(contexto: Contexto) -> list[MiembroConciliable]:
    """Cada miembro como se lo reconoce (nombre, país, código); lo que debe lo da `_deudas`, cuando hace falta."""
    return [MiembroConciliable(i, nombre, pais, codigo)
            for i, nombre, pais, codigo in tabla_extractos.miembros_para_conciliar(contexto.db, contexto.asociacion_id)]


def _deudas(contexto: Contexto) -> dict[int, dict[str, int]]:
    """Lo que debe cada miembro en cada moneda (la suma de los saldos de sus cargos)."""
    deudas: dict[int, dict[str, int]] = {}
    for _, miembro_id, _, _, importe, pagado, moneda, _ in tabla_cuotas.saldos_agrupados(
            contexto.db, contexto.asociacion_id, "9999-12-31"):
        saldo = SaldoCargo(importe=importe, pagado=pagado, moneda=moneda).saldo
        if saldo:
            por_moneda = deudas.setdefault(miembro_id, {})
            por_moneda[moneda] = por_moneda.get(moneda, 0) + saldo
    return deudas


def _monto(importe: int, moneda: str) -> str:
    """El importe como lo lee `NuevoPago` («1500,00»): coma decimal, que nunca se confunde con miles."""
    cuantos = formato.decimales(moneda)
    if not cuantos:
        return str(importe)
    entero, resto = divmod(importe, 10 ** cuantos)
    return f"{entero},{resto:0{cuantos}d}"


def _nuevo_pago(linea: LineaLeida, miembro_id: int, tipo_cambio: str | None = None) -> NuevoPago:
    referencia = linea.referencia or linea.descripcion or None
    return NuevoPago(miembro_id=miembro_id, fecha=linea.fecha, monto=_monto(linea.importe, linea.moneda),
                     moneda=linea.moneda, medio=medio_del_texto(f"{linea.descripcion} {linea.referencia}"),
                     referencia=referencia, tipo_cambio=tipo_cambio)


def _exigir_asignaciones(miembros: dict[int, str], filas: dict[int, LineaDelPlan],
                         asignaciones: dict[int, int | None]) -> None:
    """Cada asignación nombra una línea que se puede registrar y un miembro de la asociación; si no, ErrorEscritorio
    con todas las que están mal. Una línea ya importada no es un error: la misma orden corrida otra vez no registra
    nada y lo dice."""
    malas = []
    for fila, miembro_id in sorted(asignaciones.items()):
        linea = filas.get(fila)
        if linea is None:
            malas.append(traducir("la fila {0} no es una línea del extracto (las líneas van de la fila {1} a la {2})")
                         .format(fila, min(filas), max(filas)) if filas else traducir("la fila {0} no existe").format(fila))
        elif linea.estado in ("debito", "ignorada"):
            malas.append(traducir("la fila {0} no se puede asignar: {1}").format(fila, linea.motivo))
        elif miembro_id is not None and miembro_id not in miembros:
            malas.append(segun_la_puerta(
                ventana=traducir("no existe el miembro con id {0} en esta asociación (fila {1}); elija otro en el "
                                 "selector de miembros y pulse «Asignar»"),
                linea=traducir("no existe el miembro con id {0} en esta asociación (fila {1}); vea los ids con "
                               "«escritorio miembros listar»")).format(entrada.muestra(miembro_id), fila))
    if malas:
        raise ErrorEscritorio(traducir("No se puede asignar:") + "\n" + "\n".join(f"  - {m}" for m in malas))


class _Reconocer:
    """Quién es quién, armado la primera vez que hace falta: al replanear, las propuestas del plan anterior (que no
    cambian con las respuestas) se reusan y el padrón no se vuelve a leer."""

    def __init__(self, contexto: Contexto, anterior: "PlanDeExtracto | None"):
        self._contexto = contexto
        self._anteriores = {l.huella: l.propuesta for l in anterior.lineas if l.propuesta} if anterior else {}
        self._nombres = dict(anterior.miembros) if anterior else None
        self._conciliador: Conciliador | None = None

    def _armar(self) -> None:
        db, asociacion_id = self._contexto.db, self._contexto.asociacion_id
        asociacion = tabla_asociaciones.por_id(db, asociacion_id) or {}
        miembros = _miembros(self._contexto)
        contexto = self._contexto
        self._conciliador = Conciliador(miembros, asociacion.get("sigla"),
                                        tabla_asociaciones.siglas_anteriores(db, asociacion_id),
                                        deudas=lambda: _deudas(contexto))
        self._nombres = {m.id: f"{m.nombre} ({m.pais})" if m.pais else m.nombre for m in miembros}

    @property
    def nombres(self) -> dict[int, str]:
        if self._nombres is None:
            self._armar()
        return self._nombres

    def proponer(self, linea: LineaLeida, huella: str) -> Propuesta:
        if huella in self._anteriores:
            return self._anteriores[huella]
        if self._conciliador is None:
            self._armar()
        return self._conciliador.proponer(linea.descripcion, linea.importe, linea.moneda, linea.miembro,
                                          linea.referencia)


def _decidir(contexto: Contexto, lineas: list[LineaLeida], claves: list[str], opciones: OpcionesDeExtracto,
             asignaciones: dict[int, int | None],
             anterior: "PlanDeExtracto | None" = None) -> tuple[list[LineaDelPlan], dict[int, str]]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    reconocer = _Reconocer(contexto, anterior)
    nombres = reconocer.nombres
    plan: list[LineaDelPlan] = []
    # Con nada importado antes, no hay huella de la versión anterior que buscar (y se ahorra calcularlas). Se buscan
    # solo las huellas de este archivo (las de ahora y las de la versión anterior), por su índice: no todas las
    # líneas importadas en la historia de la asociación.
    importadas = tabla_extractos.hay_lineas(db, asociacion_id)
    anteriores = huellas_anteriores(lineas) if importadas else [""] * len(lineas)
    buscadas = {*claves, *anteriores} - {""}
    registradas = tabla_extractos.lineas_registradas(db, asociacion_id, buscadas) if importadas else {}
    anuladas = tabla_extractos.lineas_anuladas(db, asociacion_id, buscadas) if importadas else set()
    for huella, anterior in zip(claves, anteriores):
        # Una línea importada antes de que cambiara el cálculo de la huella se reconoce por la de entonces.
        if anterior in registradas:
            registradas.setdefault(huella, registradas[anterior])
        if anterior in anuladas:
            anuladas.add(huella)
    for linea, huella in zip(lineas, claves):
        if linea.clase == DEBITO_LINEA:
            plan.append(LineaDelPlan(linea, huella, "debito", linea.motivo))
            continue
        if linea.clase != CREDITO_LINEA:
            plan.append(LineaDelPlan(linea, huella, "ignorada", linea.motivo))
            continue
        if huella in registradas:
            ya = registradas[huella]
            recibo = numero_recibo(ya["recibo_anio"], ya["recibo_numero"]) if ya["recibo_numero"] else None
            plan.append(LineaDelPlan(linea, huella, "ya_importada", traducir(
                "ya importada el {0} (recibo {1})").format(formato.fecha(ya["importada_en"][:10]), recibo or "—"),
                recibo=recibo))
            continue
        propuesta = reconocer.proponer(linea, huella)
        nota = (" " + traducir("(se importó antes y su pago se anuló: se puede volver a registrar)")
                if huella in anuladas else "")
        motivo = propuesta.explicacion + nota
        if linea.fila in asignaciones:
            elegido = asignaciones[linea.fila]
            estado = "omitida" if elegido is None else "elegida"
            plan.append(LineaDelPlan(linea, huella, estado, (traducir("no se registra (así se eligió)")
                                     if elegido is None else traducir("elegido a mano")) + nota, propuesta, elegido,
                                     nombres.get(elegido), asignada=True))
        elif propuesta.confianza == SEGURA and huella in anuladas:
            # Su pago se anuló (quizás porque no era de ese miembro): no vuelve solo al mismo; se propone y se pregunta.
            plan.append(LineaDelPlan(linea, huella, "dudosa", propuesta.explicacion + " " + traducir(
                "(se importó antes y su pago se anuló: confirme el miembro o elija otro)"), propuesta,
                propuesta.miembro_id, nombres.get(propuesta.miembro_id)))
        elif propuesta.confianza == SEGURA:
            plan.append(LineaDelPlan(linea, huella, "segura", motivo, propuesta, propuesta.miembro_id,
                                     nombres.get(propuesta.miembro_id)))
        else:
            plan.append(LineaDelPlan(linea, huella, "dudosa", motivo, propuesta, propuesta.miembro_id,
                                     nombres.get(propuesta.miembro_id)))
    for linea_del_plan, anterior in zip(plan, anteriores):
        linea_del_plan.huella_anterior = anterior
    _exigir_asignaciones(nombres, {linea.fila: linea for linea in plan}, asignaciones)
    _prever(contexto, plan, opciones)
    return plan, nombres


def _prever(contexto: Contexto, plan: list[LineaDelPlan], opciones: OpcionesDeExtracto) -> None:
    """Cada pago a registrar, previsto como lo registrará `registrar_pagos` (en el orden del archivo, cada uno con
    los saldos que dejaron los anteriores). El tipo de cambio se toma de las opciones si la moneda del pago no es
    la de los cargos del miembro; una línea que no se podría registrar pasa a «problema» con sus motivos."""
    registrar = [linea for linea in plan if linea.a_registrar]
    for linea in registrar:
        linea.nuevo = _nuevo_pago(linea.linea, linea.miembro_id)
    previsiones = prever_pagos(contexto, [linea.nuevo for linea in registrar])
    con_cambio = False
    for linea, prevision in zip(registrar, previsiones):
        cambio = opciones.tipos_de_cambio.get((linea.linea.moneda, prevision.moneda_cargos))
        if cambio and prevision.moneda_cargos and prevision.moneda_cargos != linea.linea.moneda:
            linea.nuevo = replace(linea.nuevo, tipo_cambio=cambio)
            con_cambio = True
    if con_cambio:
        previsiones = prever_pagos(contexto, [linea.nuevo for linea in registrar])
    for linea, prevision in zip(registrar, previsiones):
        linea.moneda_cargos = prevision.moneda_cargos
        if prevision.problemas:
            linea.problemas = [str(p) for p in prevision.problemas]
            linea.estado = "problema"
            falta_cambio = any(getattr(p, "campo", None) == TIPO_CAMBIO for p in prevision.problemas)
            linea.motivo = "; ".join(linea.problemas) + (" " + traducir(
                "(indique el tipo de cambio: en la línea de órdenes, --tipo-cambio {0}/{1}=X)").format(
                linea.linea.moneda, prevision.moneda_cargos) if falta_cambio and prevision.moneda_cargos else "")
        else:
            linea.imputado, linea.a_favor = prevision.imputado, prevision.a_favor
            if linea.a_favor:
                # Lo que no va a ninguna cuota se ve antes de registrar (un pago que quizás ya se anotó a mano).
                moneda = prevision.moneda_cargos or linea.linea.moneda
                linea.motivo += "; " + (traducir("debía {1}: {0} quedan a favor del miembro") if linea.imputado
                                        else traducir("no debe nada: {0} quedan a favor del miembro")).format(
                    formato.dinero(linea.a_favor, moneda), formato.dinero(linea.imputado, moneda))


def planear_extracto(contexto: Contexto, ruta: Path | str, opciones: OpcionesDeExtracto | None = None,
                     asignaciones: dict[int, int | None] | None = None) -> PlanDeExtracto:
    """El plan de la importación del archivo, sin escribir nada. `asignaciones`: {fila: miembro_id, o None para no
    registrarla} (lo que la persona resolvió: «--asignar 12=45», el combo de la revisión)."""
    opciones = opciones or OpcionesDeExtracto()
    lineas, encabezados, hoja, hojas, avisos = leer_extracto(ruta, opciones)
    asignaciones = dict(asignaciones or {})
    plan, nombres = _decidir(contexto, lineas, huellas(lineas), opciones, asignaciones)
    return PlanDeExtracto(Path(ruta), plan, encabezados, hoja, hojas, opciones, asignaciones, avisos, nombres)


def replanear(contexto: Contexto, plan: PlanDeExtracto, asignaciones: dict[int, int | None],
              opciones: OpcionesDeExtracto | None = None) -> PlanDeExtracto:
    """El mismo archivo con otras asignaciones (u otros tipos de cambio), decidido de nuevo contra la base de ahora
    (qué líneas ya están, los saldos de cada miembro), sin volver a leerlo ni a reconocer a quien ya se reconoció."""
    opciones = opciones or plan.opciones
    lineas = [linea.linea for linea in plan.lineas]
    nuevas, nombres = _decidir(contexto, lineas, [linea.huella for linea in plan.lineas], opciones,
                               dict(asignaciones), anterior=plan)
    return replace(plan, lineas=nuevas, opciones=opciones, asignaciones=dict(asignaciones), miembros=nombres)


def rotulo_de_columna(campo: str) -> str:
    """«Fecha valor», «Débito»: el nombre de un dato del extracto en el idioma en curso."""
    return traducir(ROTULOS[campo])


def tipo_de_cambio_escrito(texto: str) -> tuple[tuple[str, str], str]:
    """«ARS/USD=1400» -> (("ARS", "USD"), "1400"): unidades de la primera moneda por 1 de la segunda. ValueError
    con el motivo si no se entiende."""
    from ..dominio.dinero import leer_tipo_de_cambio

    monedas, signo, valor = str(texto).partition("=")
    pago, barra, cargos = monedas.partition("/")
    if not signo or not barra:
        raise ValueError(traducir("«{0}» no se entiende; escriba MONEDA_DEL_PAGO/MONEDA_DE_LOS_CARGOS=X, por ejemplo "
                                  "ARS/USD=1400 (1400 pesos por dólar)").format(entrada.muestra(texto)))
    leer_tipo_de_cambio(valor)
    return (entrada.moneda(pago), entrada.moneda(cargos)), valor.strip()

