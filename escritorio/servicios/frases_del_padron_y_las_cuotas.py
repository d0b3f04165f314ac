"""Las frases de la bitácora (descripcion_bitacora.py) sobre el padrón y las cuotas: miembros, estados, poblaciones,
autoridades, contactos, pagos, recibos, cargos, exenciones, escalas…"""



from ..dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO
from ..dominio.miembros import CATEGORIAS_PAIS, ESTADOS_REGISTRADOS as ESTADOS
from ..dominio.paises import nombre_pais
from ..dominio.traduccion import traducir
from ..dominio import formato
from .pagos import numero_recibo
from .nombres_citados import Frase, NombresCitados, cambiados, corto, fecha_citada, importe_citado


def _miembros(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    nombre = corto(v["nombre"])
    if accion == "alta":
        return traducir("Alta de {0} ({1}) como miembro").format(nombre, nombre_pais(v["pais"]))
    if accion == "borrado":
        return traducir("Eliminación de {0} (alta por error)").format(nombre)
    if antes["nombre"] != despues["nombre"]:
        return traducir("{0} pasa a llamarse {1}").format(corto(antes["nombre"]), nombre)
    return traducir("Cambio en la ficha de {0}: {1}").format(nombre, ", ".join(cambiados(antes, despues)))


def _estados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    miembro, desde, motivo = c.miembro(v["miembro_id"]), fecha_citada(v["desde"]), corto(v.get("motivo"))
    if v["estado"] == "baja":
        que = traducir("Baja de {0} desde el {1}").format(miembro, desde)
    elif v["estado"] == "suspendido":
        que = traducir("Suspensión de {0} desde el {1}").format(miembro, desde)
    elif v["estado"] == "activo":
        que = traducir("{0}: activo desde el {1}").format(miembro, desde)
    else:
        que = f"{miembro}: {traducir(ESTADOS.get(v['estado']))}"
    return f"{que}: {motivo}" if motivo else que


def _calidades(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    que = (traducir("{0}: observador desde el {1}") if v["calidad"] == "observador"
           else traducir("{0}: miembro pleno desde el {1}")).format(c.miembro(v["miembro_id"]), fecha_citada(v["desde"]))
    motivo = corto(v.get("motivo"))
    return f"{que}: {motivo}" if motivo else que


def _poblaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    cifra = formato.numero(int(v['cifra'])) if isinstance(v.get("cifra"), int) else corto(v.get("cifra"))
    anio = f" ({v['anio']})" if v.get("anio") else ""
    plantilla = {"alta": traducir("Población de {0}: {1} hab.{2}"),
                 "cambio": traducir("Población de {0} corregida: {1} hab.{2}"),
                 "borrado": traducir("Población de {0} quitada: {1} hab.{2}")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), cifra, anio)


def _autoridades(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    quien = f"{corto(v['persona'])} ({corto(v.get('cargo'))})"
    plantilla = {"alta": traducir("Autoridad de {0} registrada: {1}"),
                 "cambio": traducir("Autoridad de {0} corregida: {1}"),
                 "borrado": traducir("Autoridad de {0} quitada: {1}")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), quien)


def _contactos(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    plantilla = {"alta": traducir("Contacto de {0} agregado: {1}"),
                 "cambio": traducir("Contacto de {0} modificado: {1}"),
                 "borrado": traducir("Contacto de {0} quitado: {1}")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), corto(v["nombre"]))




def _asociaciones(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    nombre = f"{corto(v['nombre'])} ({corto(v.get('sigla'))})"
    if accion == "alta":
        return traducir("Alta de la asociación {0}").format(nombre)
    if accion == "borrado":
        return traducir("Borrado de la asociación {0}").format(nombre)
    return traducir("Cambio en los datos de la asociación {0}: {1}").format(
        nombre, ", ".join(cambiados(antes, despues)))


def _categorias(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        categoria = traducir(CATEGORIAS_PAIS.get(v["categoria"], corto(v["categoria"]))).lower()
        return traducir("{0}: {1} desde el {2}").format(nombre_pais(v["pais"]), categoria, fecha_citada(v["desde"]))
    return None




def _grupos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Grupo «{0}» de «{1}» definido"), "cambio": traducir("Grupo «{0}» de «{1}» modificado"),
                 "borrado": traducir("Grupo «{0}» de «{1}» quitado")}[accion]
    return plantilla.format(corto(v.get("nombre")), corto(v.get("agrupacion")))


def _integrantes_de_grupo(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") is not None else nombre_pais(corto(v.get("pais")))
    plantilla = (traducir("{0} sale de un grupo de «{1}»") if accion == "borrado"
                 else traducir("{0} entra en un grupo de «{1}»"))
    return plantilla.format(quien, corto(v.get("agrupacion")))


def _indicadores(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Indicador «{0}» ({1}) definido"), "cambio": traducir("Indicador «{0}» ({1}) modificado"),
                 "borrado": traducir("Indicador «{0}» ({1}) quitado")}[accion]
    return plantilla.format(corto(v.get("nombre")), corto(v.get("unidad")))


def _valores_indicador(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("{0}: valor {1} de {2} registrado ({3})"),
                 "cambio": traducir("{0}: valor {1} de {2} corregido ({3})"),
                 "borrado": traducir("{0}: valor {1} de {2} quitado ({3})")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), corto(v.get("valor")), v.get("anio"), corto(v.get("evidencia")))


def _paises(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    categoria = traducir(CATEGORIAS_PAIS.get(v.get("categoria"), corto(v.get("categoria")))).lower()
    plantilla = {"alta": traducir("{0} se suma a la asociación como {1}"), "cambio": traducir("{0} pasa a {1}"),
                 "borrado": traducir("{0} deja la asociación; era {1}")}[accion]
    return plantilla.format(nombre_pais(v["pais"]), categoria)




def _pagos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        medio = traducir(MEDIOS_PAGO.get(v.get("medio"), corto(v.get("medio")))).lower()
        referencia = f" (ref. {corto(v['referencia'])})" if v.get("referencia") else ""
        return traducir("Pago {0} registrado: {1} por {2}{3}").format(
            c.pago(v["id"]), importe_citado(v["importe"], v["moneda"]), medio, referencia)
    if accion == "cambio" and despues.get("anulado_en") and not antes.get("anulado_en"):
        return traducir("Pago {0} anulado: {1}").format(c.pago(v["id"]), corto(despues.get("motivo_anulacion")))
    if accion == "cambio" and antes.get("referencia") != despues.get("referencia"):
        return traducir("Pago {0}: referencia «{1}» → «{2}»").format(
            c.pago(v["id"]), corto(antes.get("referencia")) or "—", corto(despues.get("referencia")) or "—")
    if accion == "cambio":
        return traducir("Pago {0} modificado: {1}").format(c.pago(v["id"]), ", ".join(cambiados(antes, despues)))
    return None


def _recibos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        pago = c.fila("pagos", v["pago_id"]) or {}
        return traducir("Recibo {0} emitido (pago de {1})").format(numero_recibo(v["anio"], v["numero"]),
                                                                    c.miembro(pago.get("miembro_id")))
    return None


def _imputaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    pago = c.fila("pagos", v["pago_id"]) or {}
    importe = importe_citado(v["importe"], pago.get("moneda_imputacion") or "")
    return traducir("Pago {0} aplicado a la {1}: {2}").format(c.pago(v["pago_id"]), c.cargo(v["cargo_id"]), importe)


def _cargos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = traducir(TIPOS_CARGO.get(v["tipo_cargo"], v["tipo_cargo"]))
        return traducir("{0} {1} de {2}: {3}").format(tipo, v["anio"], c.miembro(v["miembro_id"]),
                                                      importe_citado(v["importe"], v["moneda"]))
    return None


def _exenciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Exención del {0} % a {1} en {2}: {3}").format(
            v["porcentaje"], c.miembro(v["miembro_id"]), v["anio"], corto(v.get("motivo")))
    return None




def _escalas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    tipo = traducir(TIPOS_CARGO.get(v.get("tipo_cargo"), corto(v.get("tipo_cargo")))).lower()
    plantilla = {"alta": traducir("Escala nueva de {0} en {1}, del {2}{3}"),
                 "cambio": traducir("Escala modificada de {0} en {1}, del {2}{3}"),
                 "borrado": traducir("Escala quitada de {0} en {1}, del {2}{3}")}[accion]
    hasta = traducir(" al {0}").format(fecha_citada(v["hasta"])) if v.get("hasta") else ""
    return plantilla.format(tipo, corto(v.get("moneda")), fecha_citada(v.get("desde")), hasta)


def _tramos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    escala = c.fila("escalas", v["escala_id"]) or {}
    desde = formato.numero(int(v['desde_poblacion']))
    plantilla = {"alta": traducir("Tramo de escala: desde {0} hab., {1}"),
                 "cambio": traducir("Tramo de escala modificado: desde {0} hab., {1}"),
                 "borrado": traducir("Tramo de escala quitado: desde {0} hab., {1}")}[accion]
    return plantilla.format(desde, importe_citado(v["importe"], escala.get("moneda") or ""))




FRASES: dict[str, Frase] = {
    "miembros": _miembros,
    "estados_miembro": _estados,
    "calidades_miembro": _calidades,
    "poblaciones": _poblaciones,
    "autoridades": _autoridades,
    "contactos": _contactos,
    "pagos": _pagos,
    "recibos": _recibos,
    "imputaciones": _imputaciones,
    "cargos": _cargos,
    "exenciones": _exenciones,
    "asociaciones": _asociaciones,
    "categorias_pais": _categorias,
    "grupos": _grupos,
    "indicadores": _indicadores,
    "valores_indicador": _valores_indicador,
    "integrantes_de_grupo": _integrantes_de_grupo,
    "paises_asociacion": _paises,
    "escalas": _escalas,
    "tramos": _tramos,
}
