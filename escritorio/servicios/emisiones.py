"""Las emisiones de los documentos que llevan código desde la migración 0024: el acta en borrador, la convocatoria,
los avisos de cobro, el padrón, la composición de un órgano, el organigrama, el texto de una norma, el resumen de
cobranza y el informe de una unidad temática; y, desde la migración 0030, la memoria anual.

Cada una se arma con los MISMOS datos con que se escribe el documento (los junta el servicio que lo imprime) y
guarda, además de qué es y qué afirma su texto, una instantánea compacta de lo que dice (`dominio.instantaneas`):
con ella, la verificación dice qué cambió desde entonces sin que la base guarde la lista entera. La huella sale de
esa instantánea y de lo que identifica al documento. Se arma en el idioma en que sale el documento (sus textos son
los del papel) y la verificación la vuelve a armar en ese mismo idioma (`resumen["idioma"]`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..datos import documentos as tabla_documentos
from ..datos.cuotas import saldos_de_cargos
from ..dominio.cuotas import TIPOS_CARGO
from ..dominio.dinero import formatear
from ..dominio.instantaneas import Instantanea
from ..dominio.mociones import rotulo_de_la_mocion
from ..dominio.paises import nombre_pais
from ..dominio import formato
from ..dominio.traduccion import idioma_en_curso, traducir
from ..idiomas.traduccion import en_cada_idioma
from .contexto import Contexto
from .documentos import Emision, fecha_escrita


def _emision(asociacion_id: int, tipo: str, referencia: int, instantanea: Instantanea, *, titulo: str,
             datos: list[list[str]], afirma: list[list[str]], parametros: dict | None = None,
             fijos: dict | None = None) -> Emision:
    """`parametros`: con qué se volvió a armar hoy (la fecha de una composición, si lleva las bajas); `fijos`: lo
    que además identifica al documento y entra en su huella (el lote de un aviso)."""
    resumen = {"titulo": titulo, "datos": datos, "afirma": afirma, "parametros": parametros or {},
               "idioma": idioma_en_curso(), "instantanea": instantanea.compacta()}
    return Emision(asociacion_id, tipo, referencia, instantanea.huella(tipo=tipo, referencia=referencia,
                                                                       **(fijos or {})), resumen, instantanea)


def _titulo_en_cada_idioma(texto: str) -> list[str]:
    return ["Título", *en_cada_idioma(lambda: traducir(texto))]


def _cuenta(singular: str, plural: str) -> tuple[str, str]:
    return traducir(singular), traducir(plural)


# --- padrón -------------------------------------------------------------------------------------------------

def emision_padron(asociacion_id: int, miembros: list[dict], incluir_bajas: bool) -> Emision:
    """`miembros`: los que lista el padrón impreso (`servicios.padron.miembros_del_padron`), en su orden. Una sección
    por país; de cada miembro, lo que dice su fila."""
    instantanea = Instantanea()
    secciones = {}
    for m in miembros:
        if m["pais"] not in secciones:
            secciones[m["pais"]] = instantanea.seccion(m["pais"], m["pais_nombre"],
                                                       _cuenta("{0} miembro", "{0} miembros"))
        secciones[m["pais"]].agregar(m["id"], m["nombre"], [
            m["nombre"], m["region"], m["tipo"], m["poblacion"], m["fecha_ingreso"], m["estado"], bool(m["fundador"])])
    titulo = traducir("Padrón de miembros")
    if incluir_bajas:
        titulo = traducir("{0} (con las bajas)").format(titulo)
    datos = [[traducir("Documento"), titulo], [traducir("Miembros"), str(len(miembros))],
             [traducir("Países"), str(len(secciones))]]
    return _emision(asociacion_id, "padron", asociacion_id, instantanea, titulo=titulo, datos=datos,
                    afirma=[_titulo_en_cada_idioma("Padrón de miembros")],
                    parametros={"incluir_bajas": incluir_bajas}, fijos={"incluir_bajas": incluir_bajas})


# --- órganos ------------------------------------------------------------------------------------------------

def _quien(asiento) -> str:
    pais = f" ({nombre_pais(asiento.pais)})" if asiento.pais else ""
    return f"{asiento.miembro or asiento.persona or '—'}{pais} · {asiento.nombre_del_cargo}"


def _integrantes(instantanea: Instantanea, asientos, titulo: str) -> None:
    seccion = instantanea.seccion("integrantes", titulo, _cuenta("{0} integrante", "{0} integrantes"))
    for a in asientos:
        clave = a.mandato_id or f"oficio:{a.miembro_id}:{a.persona}"
        texto = _quien(a) + ("" if a.con_voto else " · " + traducir("sin voto"))
        seccion.agregar(clave, texto, [a.miembro_id, a.persona, a.cargo, bool(a.con_voto), str(a.desde),
                                       str(a.hasta) if a.hasta else None, a.de_oficio, a.motivo_sin_voto])


def emision_composicion(asociacion_id: int, composicion) -> Emision:
    """`composicion`: la `servicios.organos.Composicion` que se imprime."""
    organo = composicion.organo or {}
    nombre = str(organo.get("nombre") or "")
    instantanea = Instantanea()
    _integrantes(instantanea, composicion.asientos, traducir("Integrantes"))
    titulo = traducir("Composición de {0}").format(nombre)
    datos = [[traducir("Documento"), titulo],
             [traducir("Integrantes"), traducir("{0} ({1} con voto)").format(composicion.integrantes,
                                                                            composicion.con_voto)]]
    return _emision(asociacion_id, "composicion", organo.get("id") or 0, instantanea, titulo=titulo, datos=datos,
                    afirma=[_titulo_en_cada_idioma("Composición del órgano"), [traducir("Órgano"), nombre]],
                    parametros={"al": composicion.al.isoformat()})


def emision_informe_unidad(asociacion_id: int, unidad: dict, composicion, actividades: list[dict]) -> Emision:
    instantanea = Instantanea()
    _integrantes(instantanea, composicion.asientos, traducir("Integrantes"))
    plan = instantanea.seccion("actividades", traducir("Plan de trabajo"), _cuenta("{0} actividad", "{0} actividades"))
    for i, actividad in enumerate(actividades):
        plan.agregar(actividad.get("id", i), str(actividad.get("titulo") or ""),
                     [actividad.get(k) for k in ("titulo", "desde", "hasta", "estado", "responsable", "resultado")])
    datos_unidad = instantanea.seccion("unidad", traducir("Unidad"))
    datos_unidad.agregar("objetivos", traducir("Objetivos"), unidad.get("atribuciones"))
    nombre = str(unidad.get("nombre") or "")
    titulo = traducir("Informe de {0}").format(nombre)
    datos = [[traducir("Documento"), titulo], [traducir("Integrantes"), str(len(composicion.asientos))],
             [traducir("Actividades"), str(len(actividades))]]
    return _emision(asociacion_id, "informe_unidad", unidad["id"], instantanea, titulo=titulo, datos=datos,
                    afirma=[_titulo_en_cada_idioma("Informe de unidad temática"), [traducir("Unidad"), nombre]],
                    parametros={"al": composicion.al.isoformat()})


def emision_organigrama(asociacion_id: int, organos: list[dict], titulares: dict[int, list]) -> Emision:
    """`titulares[organo_id]`: los asientos que muestra su caja (o, de una asamblea, [activos, suspendidos]). Una
    sección con los órganos y una por órgano con quienes muestra su caja."""
    instantanea = Instantanea()
    lista = instantanea.seccion("organos", traducir("Órganos"), _cuenta("{0} órgano", "{0} órganos"))
    for organo in organos:
        lista.agregar(organo["id"], str(organo["nombre"]), [organo["nombre"], organo["tipo"], organo.get("padre_id")])
    for organo in organos:
        quienes = titulares.get(organo["id"], [])
        caja = instantanea.seccion(f"organo:{organo['id']}", str(organo["nombre"]),
                                   _cuenta("{0} integrante", "{0} integrantes"))
        if quienes and isinstance(quienes[0], int):  # una asamblea: cuántos activos y suspendidos
            caja.agregar("miembros", traducir("{0} miembros activos y {1} suspendidos").format(*quienes), quienes)
            continue
        for a in quienes:
            caja.agregar(a.mandato_id or f"oficio:{a.miembro_id}:{a.persona}", _quien(a),
                         [a.miembro_id, a.persona, a.cargo])
    titulo = traducir("Organigrama")
    return _emision(asociacion_id, "organigrama", asociacion_id, instantanea, titulo=titulo,
                    datos=[[traducir("Documento"), titulo], [traducir("Órganos"), str(len(organos))]],
                    afirma=[_titulo_en_cada_idioma("Organigrama")])


# --- estatuto y reglamentos ---------------------------------------------------------------------------------

def emision_norma(asociacion_id: int, norma: dict, articulos, reformas: list[dict], al: date) -> Emision:
    """`articulos`: el texto vigente que se imprime (`servicios.estatutos.texto_en`); `reformas`: las que el documento
    menciona."""
    instantanea = Instantanea()
    seccion = instantanea.seccion("articulos", traducir("Artículos"), _cuenta("{0} artículo", "{0} artículos"))
    for v in articulos:
        seccion.agregar(v.numero, traducir("Artículo {0}").format(v.numero), [v.titulo, v.texto, v.derogado])
    mencionadas = instantanea.seccion("reformas", traducir("Reformas"), _cuenta("{0} reforma", "{0} reformas"))
    for r in reformas:
        mencionadas.agregar(r.get("id"), str(r.get("descripcion") or r.get("referencia") or r.get("id")),
                            [str(r.get(k)) for k in sorted(r)])
    titulo = str(norma["titulo"])
    return _emision(asociacion_id, "norma", norma["id"], instantanea, titulo=titulo,
                    datos=[[traducir("Documento"), titulo], [traducir("Artículos"), str(len(articulos))]],
                    afirma=[[traducir("Título"), titulo]], parametros={"al": al.isoformat()})


# --- memoria anual ------------------------------------------------------------------------------------------

def emision_memoria(asociacion_id: int, memoria, titulo_en: Callable[[int], str]) -> Emision:
    """`memoria`: la `dominio.memoria.Memoria` que se imprime; `titulo_en(anio)`, su título en el idioma en curso
    (`servicios.memoria.anual.titulo_de_la_memoria`). Una sección de la instantánea por sección de la memoria: sus cifras,
    las filas de sus tablas, los valores de sus gráficos y el texto de la secretaría (con su clave y su valor en
    crudo). Sirve igual para una sección nueva: no sabe cuáles son."""
    from ..dominio.memoria import Cifras, Grafico, Tabla, TextoLibre, en_crudo, texto_de

    instantanea = Instantanea()
    for seccion in memoria.secciones:
        parte = instantanea.seccion(seccion.clave, seccion.titulo, _cuenta("{0} dato", "{0} datos"))
        for bloque in seccion.bloques:
            if isinstance(bloque, Cifras):
                for c in bloque.cifras:
                    parte.agregar(f"cifra:{c.clave}", f"{c.rotulo}: {texto_de(c.valor)}", en_crudo(c.valor))
            elif isinstance(bloque, Tabla):
                for f in bloque.filas:
                    texto = " · ".join(texto_de(c) for c in f.celdas[:3])
                    parte.agregar(f"{bloque.clave}:{f.clave}", f"{bloque.titulo}: {texto}",
                                  f.valor if f.valor is not None else [en_crudo(c) for c in f.celdas])
            elif isinstance(bloque, Grafico):
                parte.agregar(f"grafico:{bloque.clave}", bloque.titulo,
                              [list(bloque.etiquetas), [list(s.valores) for s in bloque.series]])
            elif isinstance(bloque, TextoLibre):
                parte.agregar("texto", seccion.titulo, bloque.texto)
    titulo = memoria.titulo
    datos = [[traducir("Documento"), titulo], [traducir("Asociación"), memoria.asociacion],
             [traducir("Hasta"), formato.fecha(memoria.al)], [traducir("Secciones"), str(len(memoria.secciones))]]
    anio = memoria.anio
    return _emision(asociacion_id, "memoria", asociacion_id, instantanea, titulo=titulo, datos=datos,
                    afirma=[["Título", *en_cada_idioma(lambda: titulo_en(anio))]],
                    parametros={"anio": anio, "al": memoria.al.isoformat()}, fijos={"anio": anio})


# --- cuotas -------------------------------------------------------------------------------------------------

def emision_resumen_cobranza(asociacion_id: int, anio: int, resumen: list) -> Emision:
    """`resumen`: las filas de `servicios.cobranza.resumen_por_pais` que se imprimen."""
    instantanea = Instantanea()
    seccion = instantanea.seccion("paises", traducir("Países"), _cuenta("{0} país", "{0} países"))
    for r in resumen:
        seccion.agregar(f"{r.pais}|{r.moneda}", traducir("{0}: facturado {1}, cobrado {2}").format(
            r.pais, formatear(r.facturado, r.moneda), formatear(r.cobrado, r.moneda)),
            [r.miembros, r.facturado, r.cobrado])
    titulo = traducir("Resumen de cobranza {0}").format(anio)
    return _emision(asociacion_id, "resumen_cobranza", asociacion_id, instantanea, titulo=titulo,
                    datos=[[traducir("Documento"), titulo]], afirma=[["Título", *en_cada_idioma(
                        lambda: traducir("Resumen de cobranza {0}").format(anio))]],
                    parametros={"anio": anio}, fijos={"anio": anio})


def emision_de_la_carta(contexto: Contexto, referencia: int, saldos_al: date | None = None) -> Emision | None:
    """La carta de un miembro en un lote de avisos, identificada por su primer renglón (`referencia`): cada cargo
    reclamado con su nivel y su saldo a `saldos_al` (por omisión, la fecha de corte: lo que la carta dice; al
    verificarla, hoy: un pago posterior la deja reemplazada). None si la carta ya no está en la base."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    carta = tabla_documentos.carta_del_renglon(db, referencia)
    if carta is None:
        return None
    al = date.fromisoformat(carta["al"])
    saldos = {c["id"]: c["importe"] - c["pagado"] for c in saldos_de_cargos(
        db, asociacion_id, (saldos_al or al).isoformat(), miembro_id=carta["miembro_id"])}
    instantanea = Instantanea()
    seccion = instantanea.seccion("cargos", traducir("Cuotas reclamadas"), _cuenta("{0} cargo", "{0} cargos"))
    adeudado: dict[str, int] = {}
    cargos = tabla_documentos.cargos_de_la_carta(db, carta["lote_id"], carta["miembro_id"])
    for c in cargos:
        saldo = saldos.get(c["cargo_id"], 0)
        adeudado[c["moneda"]] = adeudado.get(c["moneda"], 0) + saldo
        seccion.agregar(c["cargo_id"], traducir("{0} {1}: saldo {2}").format(
            traducir(TIPOS_CARGO.get(c["tipo_cargo"], c["tipo_cargo"])), c["anio"], formatear(saldo, c["moneda"])),
            [c["nivel"], saldo, c["moneda"]])
    nivel = max((c["nivel"] for c in cargos), default=1)
    titulo = traducir("Aviso de cobro a {0} al {1}").format(carta["miembro"], fecha_escrita(al))
    datos = [[traducir("Documento"), traducir("Aviso de cobro (nivel {0})").format(nivel)],
             [traducir("Miembro"), carta["miembro"]], [traducir("Fecha de corte"), fecha_escrita(al)],
             [traducir("Adeudado"), " · ".join(formatear(importe, moneda) for moneda, importe in adeudado.items())]]
    afirma = [[traducir("Miembro"), carta["miembro"]],
              *[[traducir("Adeudado"), formatear(importe, moneda)] for moneda, importe in adeudado.items()]]
    return _emision(asociacion_id, "aviso", referencia, instantanea, titulo=titulo, datos=datos, afirma=afirma,
                    fijos={"lote": carta["lote_id"], "miembro": carta["miembro_id"]})


def emisiones_de_avisos(contexto: Contexto, lote_id: int, avisos: list) -> list[Emision]:
    """Una emisión por carta del lote (`avisos`: los `servicios.cobranza.Aviso` que se imprimen, en su orden, ya
    registrados en el lote). Cada carta es un documento: se verifica sola (quien la recibe tiene su papel, no el
    lote)."""
    primeros = tabla_documentos.primer_renglon_de_cada_carta(contexto.db, lote_id)
    return [emision_de_la_carta(contexto, primeros[aviso.miembro_id]) for aviso in avisos]


# --- sesiones -----------------------------------------------------------------------------------------------

def emision_convocatoria(asociacion_id: int, sesion: dict, titulo_sesion: str, puntos: list[dict],
                         destinatarios: list[dict], mociones: list[dict] | None = None) -> Emision:
    """`sesion`: su fila; `puntos`: el orden del día que se imprime; `destinatarios`: los de
    `servicios.sesiones.convocatoria.destinatarios`; `mociones`: las recibidas que adjunta
    (`sala_en_documentos.mociones_para_la_convocatoria`), o None si no las adjunta (la huella de siempre)."""
    instantanea = Instantanea()
    datos_sesion = instantanea.seccion("sesion", traducir("Datos de la sesión"))
    for clave, rotulo in (("fecha", traducir("Fecha")), ("hora", traducir("Hora")), ("lugar", traducir("Lugar")),
                          ("enlace", traducir("Enlace virtual")), ("convocada_el", traducir("Convocada el"))):
        valor = sesion.get(clave)
        texto = fecha_escrita(valor) if clave in ("fecha", "convocada_el") and valor else (valor or "—")
        datos_sesion.agregar(clave, f"{rotulo}: {texto}", valor)
    orden = instantanea.seccion("puntos", traducir("Orden del día"), _cuenta("{0} punto", "{0} puntos"))
    for p in puntos:
        orden.agregar(p["id"], f"{p['numeracion']}. {p['titulo']}", [p["numeracion"], p["titulo"], p["tipo"],
                                                                    p.get("regla")])
    lista = instantanea.seccion("destinatarios", traducir("Destinatarios"),
                                _cuenta("{0} destinatario", "{0} destinatarios"))
    for d in destinatarios:
        nombre = d.get("miembro") or d.get("persona") or "—"
        lista.agregar(f"{d.get('pais')}|{nombre}", nombre, [d.get("pais"), d.get("miembro"), d.get("persona")])
    if mociones is not None:
        adjuntas = instantanea.seccion("mociones", traducir("Mociones recibidas"), _cuenta("{0} moción",
                                                                                       "{0} mociones"))
        for m in mociones:
            adjuntas.agregar(m["id"], traducir("{0}: {1}").format(rotulo_de_la_mocion(m["numero"], m.get("prefijo")),
                                                                  m["titulo"]),
                             [m["numero"], m["titulo"], m["punto"], m["autores"], m["apoyos"], m["recibida_el"],
                              m["fuera_de_plazo"], m["texto"]])
    titulo = traducir("Convocatoria · {0}").format(titulo_sesion)
    datos = [[traducir("Documento"), titulo], [traducir("Órgano"), str(sesion.get("organo") or "")],
             [traducir("Fecha"), fecha_escrita(sesion.get("fecha"))],
             [traducir("Orden del día"), str(len(puntos))], [traducir("Destinatarios"), str(len(destinatarios))]]
    if mociones is not None:
        datos.append([traducir("Mociones recibidas"), str(len(mociones))])
    con = {"con_mociones": True} if mociones is not None else {}
    return _emision(asociacion_id, "convocatoria", sesion["id"], instantanea, titulo=titulo, datos=datos,
                    afirma=[_titulo_en_cada_idioma("Convocatoria"), [traducir("Sesión"), titulo_sesion]],
                    parametros=con, fijos=con)


def emision_acta_borrador(asociacion_id: int, sesion_id: int, acta, huella_del_registro: str,
                          partes: dict[str, list]) -> Emision:
    """El acta todavía en borrador: su huella es la del registro de la sesión (`servicios.actas.huella_del_registro`:
    lo que el borrador dice sale de ahí); `partes`, lo que se lista para decir qué cambió
    (`datos.documentos.partes_del_borrador`)."""
    ct = acta.contenido
    instantanea = Instantanea()
    orden = instantanea.seccion("puntos", traducir("Orden del día"), _cuenta("{0} punto", "{0} puntos"))
    for p in partes["puntos"]:
        orden.agregar(p["id"], str(p["titulo"]), [p["titulo"], p["resumen"], p["texto_resultado"]])
    asistencia = instantanea.seccion("asistencia", traducir("Asistencia"), _cuenta("{0} registro", "{0} registros"))
    for a in partes["asistencia"]:
        asistencia.agregar(a["miembro_id"], str(a["miembro"]), [a["estado"], a["representante"], a["poder_a"]])
    textos = instantanea.seccion("textos", traducir("Textos del acta"))
    for clave, rotulo in (("apertura", traducir("Apertura")), ("cierre", traducir("Cierre"))):
        textos.agregar(clave, rotulo, partes["acta"].get(clave))
    # Las mociones, enmiendas, votaciones y oradores de cada punto (issue 64): no están en el registro de la sesión
    # (su huella no los ve), así que el borrador los afirma aquí; solo si los tiene, y la huella de un borrador sin
    # sala sigue siendo la de antes.
    sala = [p for p in ct.puntos if p.get("mociones") or p.get("oradores")]
    if sala:
        de_la_sala = instantanea.seccion("sala", traducir("Mociones y oradores"), _cuenta("{0} punto", "{0} puntos"))
        for p in sala:
            de_la_sala.agregar(p.get("numeracion"), traducir("Punto {0}").format(p.get("numeracion")),
                               [p.get("mociones") or [], p.get("oradores") or []])
    titulo = traducir("Acta N.º {0}").format(ct.numero)
    resumen_titulo = traducir("{0} (borrador) · {1}").format(titulo, ct.organo)
    datos = [[traducir("Documento"), traducir("{0}, borrador").format(titulo)], [traducir("Órgano"), ct.organo],
             [traducir("Sesión"), ct.titulo], [traducir("Fecha de la sesión"), fecha_escrita(ct.fecha)],
             [traducir("Estado"), traducir("borrador: puede cambiar hasta que se apruebe")]]
    afirma = [["Número", *en_cada_idioma(lambda: traducir("Acta N.º {0}").format(ct.numero))]]
    emision = _emision(asociacion_id, "acta_borrador", sesion_id, instantanea, titulo=resumen_titulo, datos=datos,
                       afirma=afirma, fijos={"registro": huella_del_registro})
    return emision
