"""Los convenios de la red de ejemplo: un hermanamiento entre dos ciudades fundadoras, un convenio de cooperación con
una universidad, uno de financiamiento con un organismo internacional (con sus informes), la membresía en una red
mundial con su cuota, uno vencido y uno por vencer. Las fechas se cuentan desde «hoy», así la demo tiene siempre
uno de cada estado. Las instituciones son reales; los convenios, ficticios (como las personas de la demo)."""

from datetime import date, timedelta

from ..dominio.convenios import DatosConvenio, Parte
from ..dominio.organos import sumar_meses
from ..servicios.contexto import Contexto
from ..servicios.convenios import guardar_convenio
from ..servicios.miembros import listar_miembros
from ..servicios.obligaciones_de_convenios import NuevaObligacion, agregar_obligacion, cumplir_obligacion
from ..servicios.partes_externas import NuevaParteExterna, guardar_parte_externa
from ..servicios.unidades import unidades
from ..servicios.votaciones import listar_resoluciones
from .calendario import cumbre as dia_de_la_cumbre

UN_DIA = timedelta(days=1)


def _hasta(desde: date, meses: int) -> date:
    """El último día de un plazo de `meses` meses que empieza en `desde`."""
    return sumar_meses(desde, meses) - UN_DIA


def cargar_convenios_demo(contexto: Contexto, hoy: date) -> None:
    ciudades = {m["nombre"]: m["id"] for m in listar_miembros(contexto) if m["pais"] in ("AR", "UY", "BR", "PY")}
    ut = {u["nombre"].removeprefix("UT "): u["id"] for u in unidades(contexto)}
    resoluciones = listar_resoluciones(contexto)
    presupuesto = next(r for r in resoluciones if r["titulo"].startswith("Aprueba el presupuesto"))
    plan = next(r for r in resoluciones if r["titulo"].startswith("Aprueba el plan de trabajo"))

    def externa(nombre, tipo, pais=None) -> int:
        return guardar_parte_externa(contexto, NuevaParteExterna(nombre, tipo, pais))

    udelar = externa("Universidad de la República (Udelar)", "universidad", "UY")
    caf = externa("CAF – Banco de Desarrollo de América Latina y el Caribe", "organismo_internacional")
    cglu = externa("Ciudades y Gobiernos Locales Unidos (CGLU)", "red", "ES")
    cancilleria = externa("Ministerio de Relaciones Exteriores del Paraguay", "gobierno_nacional", "PY")
    fam = externa("Federación Argentina de Municipios (FAM)", "red", "AR")

    # Un hermanamiento entre dos ciudades fundadoras, por tiempo indeterminado: lo firman ellas, la red lo registra.
    guardar_convenio(contexto, DatosConvenio(
        "hermanamiento", "Hermanamiento Montevideo – Porto Alegre", date(2009, 4, 22), firmado_el=date(2009, 4, 22),
        objeto="Intercambio cultural, deportivo y de buenas prácticas de gestión pública entre dos ciudades "
               "fundadoras de la Red.", asociacion_es_parte=False, organo_id=ut["Cultura"],
        partes=(Parte(miembro_id=ciudades["Montevideo"]), Parte(miembro_id=ciudades["Porto Alegre"]))), hoy=hoy)

    # Cooperación con una universidad (semilla 000:255-257), autorizada por el Consejo con el plan de trabajo.
    firmado = min(date(plan["anio"], 10, 6), hoy)   # tres semanas después de la sesión del Consejo
    udelar_id = guardar_convenio(contexto, DatosConvenio(
        "cooperacion", "Convenio marco de cooperación con la Universidad de la República", firmado,
        _hasta(firmado, 36), firmado_el=firmado,
        objeto="Pasantías de estudiantes avanzados en las unidades temáticas, cursos para equipos municipales e "
               "investigaciones conjuntas sobre la realidad de las ciudades de la Red.",
        renovacion_meses=12, preaviso_dias=90, organo_id=ut["Ciencia, tecnología y capacitación"],
        resolucion_id=plan["id"], partes=(Parte(externa_id=udelar, firmante="Rectoría de la Udelar"),
                                          Parte(miembro_id=ciudades["Montevideo"]))), hoy=hoy)
    agregar_obligacion(contexto, udelar_id, NuevaObligacion("informe", "Informe anual de actividades conjuntas",
                                                            sumar_meses(firmado, 12)), hoy=hoy)

    # Financiamiento de un organismo internacional, con la contrapartida de la Red (el presupuesto de la Cumbre).
    cumbre = dia_de_la_cumbre(hoy)
    inicio = min(cumbre + timedelta(days=50), hoy)
    caf_id = guardar_convenio(contexto, DatosConvenio(
        "financiamiento", "Programa de fortalecimiento de la planificación urbana en ciudades intermedias", inicio,
        _hasta(inicio, 24), firmado_el=inicio,
        objeto="Asistencia técnica y cursos de planificación urbana para ciudades intermedias de la Red, con "
               "financiamiento no reembolsable y una contrapartida de la Red.",
        organo_id=ut["Cooperación internacional"], resolucion_id=presupuesto["id"],
        partes=(Parte(externa_id=caf),)), hoy=hoy)
    aporte = agregar_obligacion(contexto, caf_id, NuevaObligacion(
        "pago", "Aporte de contrapartida de la Red", sumar_meses(inicio, 3), "25.000,00", "USD"), hoy=hoy)
    if sumar_meses(inicio, 3) <= hoy:
        cumplir_obligacion(contexto, aporte, sumar_meses(inicio, 3) - timedelta(days=5), hoy=hoy)
    agregar_obligacion(contexto, caf_id, NuevaObligacion(
        "informe", "Informe técnico y financiero de medio término", sumar_meses(inicio, 12)), hoy=hoy)
    agregar_obligacion(contexto, caf_id, NuevaObligacion(
        "informe", "Informe final y rendición de cuentas", sumar_meses(inicio, 26)), hoy=hoy)

    # La membresía de la Red en una red mundial, con su cuota anual.
    cglu_id = guardar_convenio(contexto, DatosConvenio(
        "membresia", "Membresía en Ciudades y Gobiernos Locales Unidos", date(2005, 3, 1), firmado_el=date(2005, 2, 14),
        objeto="La Red participa como miembro de la sección latinoamericana de CGLU.",
        partes=(Parte(externa_id=cglu),)), hoy=hoy)
    cuota = agregar_obligacion(contexto, cglu_id, NuevaObligacion(
        "pago", f"Cuota anual de membresía {hoy.year}", date(hoy.year, 3, 31), "3.500,00", "EUR"), hoy=hoy)
    if date(hoy.year, 3, 20) <= hoy:
        cumplir_obligacion(contexto, cuota, date(hoy.year, 3, 20), hoy=hoy)
    agregar_obligacion(contexto, cglu_id, NuevaObligacion(
        "pago", f"Cuota anual de membresía {hoy.year + 1}", date(hoy.year + 1, 3, 31), "3.500,00", "EUR"), hoy=hoy)

    # Uno que ya venció, con su informe final presentado.
    vencido = guardar_convenio(contexto, DatosConvenio(
        "cooperacion", "Convenio de cooperación en integración fronteriza", date(2019, 4, 1), date(2023, 3, 31),
        firmado_el=date(2019, 3, 25), objeto="Facilitación de trámites y proyectos comunes en las ciudades de "
                                             "frontera.", organo_id=ut["Integración fronteriza"],
        partes=(Parte(externa_id=cancilleria), Parte(miembro_id=ciudades["Asunción"]))), hoy=hoy)
    final = agregar_obligacion(contexto, vencido, NuevaObligacion("informe", "Informe final", date(2023, 5, 31)),
                               hoy=hoy)
    cumplir_obligacion(contexto, final, date(2023, 5, 20), hoy=hoy)

    # Uno que vence en 45 días, sin renovación.
    fin = hoy + timedelta(days=45)
    guardar_convenio(contexto, DatosConvenio(
        "cooperacion", "Capacitación conjunta en gestión de residuos", sumar_meses(fin, -24) + UN_DIA, fin,
        firmado_el=sumar_meses(fin, -24) + UN_DIA,
        objeto="Cursos para equipos municipales de gestión de residuos sólidos urbanos.",
        organo_id=ut["Ambiente y desarrollo sostenible"],
        partes=(Parte(externa_id=fam), Parte(miembro_id=ciudades["Rosario"]), Parte(miembro_id=ciudades["Córdoba"]))),
        hoy=hoy)
