"""Convenios y hermanamientos: las listas de valores, la vigencia en una fecha y las reglas de un convenio bien
cargado. Sin base ni E/S: lo usan `servicios.convenios` y sus pruebas.

Las semillas hablan de convenios de cooperación con universidades (000:255-257), de los «convenios y servicios
recíprocos entre las diversas municipalidades y las redes» que el Estatuto de Mercociudades pone entre sus objetivos
(001:729-730), de los hermanamientos de ciudades como acuerdos bilaterales (001:1115) y de los convenios con socios
extranjeros (002:32-33).

La vigencia:
- Un convenio rige desde `inicio`; sin `fin`, por tiempo indeterminado (muchos hermanamientos).
- Con `renovacion_meses`, al llegar a su fin se renueva solo por otro período de esa duración (hasta
  `renovaciones_maximas` veces, si se dice), salvo que una parte lo denuncie con `preaviso_dias` de anticipación.
  Los fines de cada período se cuentan desde el fin original (`sumar_meses`): el 31/01 + 1 mes es el 28/02 y
  + 2 meses el 31/03, sin que el día se corra.
- `terminado_el`: la fecha en que terminó antes (denunciado, rescindido): desde el día siguiente está «terminado».
- «Último día para denunciarlo»: el fin del período menos el preaviso, solo si al fin de ese período el convenio se
  renovaría (denunciarlo es impedir la renovación; uno que no se renueva termina solo). El plazo que ya pasó pasa al
  período siguiente: la renovación de este ya no se puede evitar.

Las partes: la asociación cuenta como una parte cuando firma (`asociacion_es_parte`; por omisión sí, salvo en un
hermanamiento, que firman las ciudades y la red registra); un convenio tiene al menos dos partes contando la
asociación; uno que la asociación no firma necesita al menos un miembro entre sus partes (si no, no es asunto de la
red), y la membresía en otra red es siempre de la asociación misma.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..errores import ProblemaDeCampo
from . import formato
from .organos import sumar_meses
from .traduccion import traducir

TIPOS_CONVENIO = {"cooperacion": "Cooperación", "hermanamiento": "Hermanamiento",
                  "financiamiento": "Financiamiento", "membresia": "Membresía en otra red"}
TIPOS_PARTE_EXTERNA = {"red": "Otra red de ciudades", "gobierno_nacional": "Gobierno nacional",
                       "gobierno_local": "Gobierno local no miembro",
                       "organismo_internacional": "Organismo internacional", "universidad": "Universidad",
                       "sociedad_civil": "Organización de la sociedad civil", "otra": "Otra"}
TIPOS_OBLIGACION = {"informe": "Informe", "pago": "Pago", "otra": "Otra"}
ESTADOS_OBLIGACION = {"pendiente": "Pendiente", "cumplida": "Cumplida"}
# Los estados se calculan en una fecha: no se guardan (salvo la terminación, que es un hecho).
ESTADOS_CONVENIO = {"por_iniciar": "Por iniciar", "vigente": "Vigente", "renovado": "Renovado automáticamente",
                    "por_vencer": "Por vencer", "vencido": "Vencido", "terminado": "Terminado"}
# Lo que trae un vencimiento (la agenda de «Próximos pasos», `servicios.vencimientos_de_convenios.vencimientos`).
CLASES_DE_VENCIMIENTO = {"fin": "Fin del convenio", "denuncia": "Último día para denunciarlo",
                         "obligacion": "Obligación"}

# Un convenio que termina (sin renovarse) dentro de estos días está «por vencer».
DIAS_DE_AVISO = 90
RENOVACION_MAXIMA_MESES = 120
RENOVACIONES_MAXIMAS = 99
PREAVISO_MAXIMO_DIAS = 3650


@dataclass(frozen=True)
class Vigencia:
    """Las fechas de un convenio que deciden su estado."""

    inicio: date
    fin: date | None = None
    renovacion_meses: int | None = None
    renovaciones_maximas: int | None = None
    preaviso_dias: int | None = None
    terminado_el: date | None = None


def _fin_de_la_renovacion(v: Vigencia, numero: int) -> date:
    """El fin del período `numero` (0 = el original)."""
    return v.fin if numero == 0 else sumar_meses(v.fin, numero * v.renovacion_meses)


def _renovaciones_posibles(v: Vigencia) -> int | None:
    """Cuántas renovaciones admite (None: sin límite; 0: ninguna)."""
    if v.fin is None or not v.renovacion_meses:
        return 0
    return v.renovaciones_maximas


def periodo_en(v: Vigencia, al: date) -> tuple[date | None, int]:
    """(fin del período que contiene `al`, número de renovaciones hasta él), sin contar la terminación. Después del
    último período posible, el último; sin fin, (None, 0)."""
    if v.fin is None or al <= v.fin:
        return v.fin, 0
    maximo = _renovaciones_posibles(v)
    if maximo == 0:
        return v.fin, 0
    # Una estimación por meses, corregida a mano: sumar_meses no es lineal en los fines de mes.
    meses = (al.year - v.fin.year) * 12 + al.month - v.fin.month
    numero = max(1, meses // v.renovacion_meses)
    while numero > 1 and _fin_de_la_renovacion(v, numero - 1) >= al:
        numero -= 1
    while _fin_de_la_renovacion(v, numero) < al:
        numero += 1
    if maximo is not None and numero > maximo:
        numero = maximo
    return _fin_de_la_renovacion(v, numero), numero


def se_renueva_despues(v: Vigencia, numero: int) -> bool:
    """¿Al terminar el período `numero` se renueva solo? (No, si ya no quedan renovaciones o si terminó antes.)"""
    maximo = _renovaciones_posibles(v)
    if maximo == 0 or (maximo is not None and numero >= maximo):
        return False
    return v.terminado_el is None or v.terminado_el > _fin_de_la_renovacion(v, numero)


def fin_efectivo(v: Vigencia, al: date) -> date | None:
    """El día en que deja de regir, visto en `al`: la terminación si la hay; si no, el fin del período en curso
    cuando ya no se renueva; None si sigue (sin fin, o con una renovación por delante)."""
    if v.terminado_el is not None:
        return v.terminado_el
    fin, numero = periodo_en(v, al)
    if fin is None or se_renueva_despues(v, numero):
        return None
    return fin


def ultimo_dia_de_vigencia(v: Vigencia) -> date | None:
    """El último día en que regirá, tal como está: la terminación, o el fin del último período posible; None si
    no tiene fin (sin fecha de fin, o renovándose sin límite)."""
    if v.terminado_el is not None:
        return v.terminado_el
    maximo = _renovaciones_posibles(v)
    if v.fin is None or maximo is None:
        return None
    return _fin_de_la_renovacion(v, maximo)


def fin_del_periodo(v: Vigencia, al: date) -> date | None:
    """El fin del período en curso en `al` (o la terminación, si es antes); None sin fecha de fin."""
    fin, _ = periodo_en(v, al)
    if v.terminado_el is not None and (fin is None or v.terminado_el < fin):
        return v.terminado_el
    return fin


def estado_en(v: Vigencia, al: date, aviso: int = DIAS_DE_AVISO) -> str:
    """Una clave de ESTADOS_CONVENIO: cómo está el convenio el día `al`. «Por vencer»: deja de regir (sin renovarse)
    dentro de `aviso` días; «renovado»: rige en un período renovado solo."""
    if al < v.inicio:
        return "por_iniciar"
    if v.terminado_el is not None and al > v.terminado_el:
        return "terminado"
    fin, numero = periodo_en(v, al)
    if fin is not None and al > fin:
        return "vencido"
    termina = fin_efectivo(v, al)
    if termina is not None and (termina - al).days <= aviso:
        return "por_vencer"
    return "renovado" if numero > 0 else "vigente"


def ultimo_dia_para_denunciar(v: Vigencia, al: date) -> date | None:
    """El último día (desde `al`) para denunciar el convenio y evitar su próxima renovación: el fin del período
    menos el preaviso. Si el plazo de este período ya pasó, el del siguiente (si ese también se renovaría). None si
    no hay preaviso, si no se renueva más o si tiene su terminación registrada."""
    if v.preaviso_dias is None or v.fin is None or v.terminado_el is not None:
        return None
    fin, numero = periodo_en(v, max(al, v.inicio))
    while se_renueva_despues(v, numero):
        plazo = fin - timedelta(days=v.preaviso_dias)
        if plazo >= al:
            return plazo
        numero += 1
        fin = _fin_de_la_renovacion(v, numero)
    return None


def plazos_para_denunciar(v: Vigencia, desde: date, hasta: date) -> list[tuple[date, date]]:
    """[(último día para denunciar, fin del período que evitaría renovar)] con el último día entre `desde` y `hasta`
    (un convenio que se renueva cada mes tiene varios en un año)."""
    if v.preaviso_dias is None or v.fin is None or v.terminado_el is not None:
        return []
    plazos = []
    fin, numero = periodo_en(v, max(desde, v.inicio))
    while se_renueva_despues(v, numero):
        plazo = fin - timedelta(days=v.preaviso_dias)
        if plazo > hasta:
            break
        if plazo >= desde:
            plazos.append((plazo, fin))
        numero += 1
        fin = _fin_de_la_renovacion(v, numero)
    return plazos


def fin_por_denuncia(v: Vigencia, notificada: date) -> date:
    """El día en que termina un convenio denunciado el día `notificada`: el fin del período en curso si se notificó
    a tiempo (o si no se renueva después), el del período siguiente si el preaviso ya no alcanzaba; sin fecha de
    fin, `notificada` más el preaviso."""
    if v.fin is None:
        return notificada + timedelta(days=v.preaviso_dias or 0)
    fin, numero = periodo_en(v, max(notificada, v.inicio))
    if notificada > fin:   # ya venció: termina cuando terminó
        return fin
    if not se_renueva_despues(v, numero) or v.preaviso_dias is None \
            or notificada <= fin - timedelta(days=v.preaviso_dias):
        return fin
    return _fin_de_la_renovacion(v, numero + 1)


# --- un convenio bien cargado ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Parte:
    """Una parte del convenio que no es la asociación: un miembro o una parte externa (una de las dos)."""

    miembro_id: int | None = None
    externa_id: int | None = None
    firmante: str | None = None


@dataclass(frozen=True)
class DatosConvenio:
    """Un convenio tal como lo escribe la secretaría (los textos, ya limpios)."""

    tipo: str
    titulo: str
    inicio: date
    fin: date | None = None
    firmado_el: date | None = None
    objeto: str | None = None
    renovacion_meses: int | None = None
    renovaciones_maximas: int | None = None
    preaviso_dias: int | None = None
    asociacion_es_parte: bool = True
    organo_id: int | None = None
    resolucion_id: int | None = None
    partes: tuple[Parte, ...] = field(default_factory=tuple)

    @property
    def vigencia(self) -> Vigencia:
        return Vigencia(self.inicio, self.fin, self.renovacion_meses, self.renovaciones_maximas, self.preaviso_dias)


def la_asociacion_firma_por_omision(tipo: str) -> bool:
    """Un hermanamiento lo firman las ciudades (la red lo registra); los demás, la asociación."""
    return tipo != "hermanamiento"


def cantidad_de_partes(datos: DatosConvenio) -> int:
    return len(datos.partes) + (1 if datos.asociacion_es_parte else 0)


def _problema(campo: str, rotulo: str, motivo: str) -> ProblemaDeCampo:
    return ProblemaDeCampo(campo, f"{traducir(rotulo)}: {motivo}", motivo)


def problemas_de_vigencia(datos: DatosConvenio) -> list[ProblemaDeCampo]:
    """Las fechas, la renovación y el preaviso, cada problema con su campo."""
    problemas = []
    if datos.fin is not None and datos.fin <= datos.inicio:
        problemas.append(_problema("fin", "Fin", traducir(
            "el {0} no es posterior al inicio ({1}); un convenio termina después de empezar").format(
            formato.fecha(datos.fin), formato.fecha(datos.inicio))))
    if datos.firmado_el is not None and datos.fin is not None and datos.firmado_el > datos.fin:
        problemas.append(_problema("firmado_el", "Firma", traducir(
            "el {0} es posterior al fin del convenio ({1})").format(formato.fecha(datos.firmado_el),
                                                                    formato.fecha(datos.fin))))
    if datos.renovacion_meses is not None:
        if not 1 <= datos.renovacion_meses <= RENOVACION_MAXIMA_MESES:
            problemas.append(_problema("renovacion_meses", "Renovación automática", traducir(
                "el período se escribe en meses, de 1 a {0}").format(RENOVACION_MAXIMA_MESES)))
        elif datos.fin is None:
            problemas.append(_problema("renovacion_meses", "Renovación automática", traducir(
                "un convenio sin fecha de fin no se renueva; escriba el fin del primer período o quite la "
                "renovación")))
    if datos.renovaciones_maximas is not None:
        if not 1 <= datos.renovaciones_maximas <= RENOVACIONES_MAXIMAS:
            problemas.append(_problema("renovaciones_maximas", "Renovaciones", traducir(
                "escriba cuántas veces se renueva, de 1 a {0} (vacío: sin límite)").format(RENOVACIONES_MAXIMAS)))
        elif datos.renovacion_meses is None:
            problemas.append(_problema("renovaciones_maximas", "Renovaciones", traducir(
                "el límite de renovaciones necesita el período de la renovación automática")))
    if datos.preaviso_dias is not None:
        if not 0 <= datos.preaviso_dias <= PREAVISO_MAXIMO_DIAS:
            problemas.append(_problema("preaviso_dias", "Preaviso", traducir(
                "se escribe en días, de 0 a {0}").format(PREAVISO_MAXIMO_DIAS)))
        elif datos.fin is not None and datos.fin > datos.inicio:
            periodo = (datos.fin - datos.inicio).days
            if datos.renovacion_meses and 1 <= datos.renovacion_meses <= RENOVACION_MAXIMA_MESES:
                periodo = min(periodo, (sumar_meses(datos.fin, datos.renovacion_meses) - datos.fin).days)
            if datos.preaviso_dias >= periodo:
                problemas.append(_problema("preaviso_dias", "Preaviso", traducir(
                    "{0} días no caben en un período del convenio ({1} días): el plazo para denunciarlo vencería "
                    "antes de empezar el período").format(datos.preaviso_dias, periodo)))
    return problemas


def problemas_de_partes(datos: DatosConvenio) -> list[ProblemaDeCampo]:
    """Cuántas partes, repetidas, y las reglas de la membresía y de los convenios que la asociación no firma."""
    problemas = []
    vistas = set()
    for parte in datos.partes:
        clave = ("m", parte.miembro_id) if parte.miembro_id is not None else ("e", parte.externa_id)
        if (parte.miembro_id is None) == (parte.externa_id is None):
            problemas.append(_problema("partes", "Partes", traducir(
                "cada parte es un miembro o una parte externa, no las dos ni ninguna")))
        elif clave in vistas:
            problemas.append(_problema("partes", "Partes", traducir("una parte está dos veces; quite la repetida")))
        vistas.add(clave)
    if cantidad_de_partes(datos) < 2:
        problemas.append(_problema("partes", "Partes", traducir(
            "un convenio tiene al menos dos partes (contando a la asociación si lo firma); agregue las que faltan")))
    if datos.tipo == "membresia" and not datos.asociacion_es_parte:
        problemas.append(_problema("asociacion_es_parte", "La asociación firma", traducir(
            "la membresía en otra red es de la asociación misma: márquela como parte")))
    if not datos.asociacion_es_parte and not any(p.miembro_id is not None for p in datos.partes):
        problemas.append(_problema("partes", "Partes", traducir(
            "si la asociación no lo firma, al menos una parte debe ser un miembro (si no, no es un convenio de la "
            "red)")))
    return problemas


def problemas_del_convenio(datos: DatosConvenio) -> list[ProblemaDeCampo]:
    """Todo lo que está mal en el convenio, cada problema con su campo; vacío si está bien."""
    problemas = []
    if datos.tipo not in TIPOS_CONVENIO:
        problemas.append(_problema("tipo", "Tipo", traducir("«{0}» no es un tipo de convenio (son: {1})").format(
            datos.tipo, ", ".join(TIPOS_CONVENIO))))
    return problemas + problemas_de_vigencia(datos) + problemas_de_partes(datos)
