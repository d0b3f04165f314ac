"""La sala en la página de una sesión del sitio (issue 64): bajo cada punto, sus mociones (texto, quién las presentó y
apoyó, cuándo se recibieron, si fuera de plazo), sus enmiendas con quién las presentó y lo que cambian (lo quitado en
<del>, lo agregado en <ins>: la comparación de `dominio.enmiendas.comparacion`), las votaciones en el orden en que se
hicieron, el texto final, el estado final con el enlace a la resolución que la adoptó, y la lista de oradores. Una
moción con categoría se nombra con su prefijo («Moción HAC 3», dominio.mociones.rotulo_de_la_mocion) y dice su
categoría.

Recibe lo ya leído (`servicios.sala_en_documentos.SalaDeLaSesion`, solo de las sesiones que se publican enteras:
servicios/publicacion.py) y no lee la base. Cada moción lleva su ancla («#mocion-3»): la nombran los datos abiertos.
"""

from __future__ import annotations

from html import escape

from escritorio.dominio import formato
from escritorio.dominio.enmiendas import cabeza_de_enmienda
from escritorio.dominio.traduccion import traducir

from .paginas import datos, desplazable, parrafos, relativa, t


def ancla_de_mocion(mocion_id: int) -> str:
    return f"mocion-{mocion_id}"


def ancla_de_enmienda(enmienda_id: int) -> str:
    return f"enmienda-{enmienda_id}"


def ancla_de_resolucion(resolucion_id: int) -> str:
    return f"resolucion-{resolucion_id}"


def _lugar(numero: int, operacion: str) -> str:
    if operacion == "insertar":
        return traducir("Al principio, agrega") if numero == 0 else traducir("Después del párrafo {0}, agrega").format(numero)
    if operacion == "suprimir":
        return traducir("Párrafo {0}, suprime").format(numero)
    return traducir("Párrafo {0}, reemplaza").format(numero)


def _cambio(p, escrito) -> str:
    """Un párrafo comparado: lo quitado en <del> y lo agregado en <ins> (el lector de pantalla los anuncia)."""
    partes = []
    for tramo in p.tramos:
        texto = t(escrito(tramo.texto))
        partes.append(f"<del>{texto}</del>" if tramo.tipo == "quitado" else
                      f"<ins>{texto}</ins>" if tramo.tipo == "agregado" else texto)
    return f"<p class=\"cambio\"><em>{t(_lugar(p.numero, p.operacion))}:</em> {' '.join(partes)}</p>"


def _fecha(valor: str) -> str:
    try:
        return formato.fecha(valor)
    except ValueError:
        return valor


def _mocion(m, ruta: str, escrito) -> str:
    partes = [f'<section class="mocion" id="{ancla_de_mocion(m.id)}">',
              f"<h4>{t(m.rotulo)}: {t(escrito(m.titulo))}</h4>",
              datos([(traducir("Categoría"), f"{escrito(m.categoria)} ({m.prefijo})" if m.categoria else None),
                     (traducir("Presentada por"), "; ".join(m.autores)),
                     (traducir("Con el apoyo de"), "; ".join(m.apoyos)),
                     (traducir("Recibida el"), _fecha(m.recibida_el)),
                     (traducir("Plazo"), traducir("Fuera de plazo") if m.fuera_de_plazo else None),
                     (traducir("Admitida fuera de plazo"),
                      escrito(m.motivo_admision) if m.motivo_admision else None),
                     (traducir("Historia"), m.viene_de_escrito),
                     (traducir("Bloque de mociones"), (f"{escrito(m.bloque)}: " + ", ".join(m.del_bloque))
                      if m.bloque else None)]),
              _con_lineas(m, escrito) if m.recomendaciones_de_cambio else parrafos(escrito(m.texto))]
    if m.fundamento:
        partes.append(f"<p><strong>{t(traducir('Fundamento:'))}</strong> {t(escrito(m.fundamento))}</p>")
    if m.enmiendas:
        partes.append(f"<h5>{t(traducir('Enmiendas ({0})').format(len(m.enmiendas)))}</h5><ul>")
        for e in m.enmiendas:
            cabeza = cabeza_de_enmienda(e.numero, "; ".join(e.autores) or "—", e.enmienda_de)
            partes.append(f'<li id="{ancla_de_enmienda(e.id)}"><strong>{t(cabeza)}</strong> {t(e.estado_escrito)}'
                          + "".join(_cambio(p, escrito) for p in e.comparacion) + "</li>")
        partes.append("</ul>")
    if m.votaciones:
        partes.append(f"<h5>{t(traducir('Votaciones, en el orden en que se hicieron'))}</h5><ol>"
                      + "".join(f"<li><strong>{t(v.objeto)}:</strong> {t(v.texto)}</li>" for v in m.votaciones)
                      + "</ol>")
    if m.recomendaciones_de_cambio:
        partes.append(f"<h5>{t(traducir('Recomendaciones de cambio ({0})').format(len(m.recomendaciones_de_cambio)))}"
                      "</h5><ul>" + "".join(f"<li>{t(escrito(r.frase()))}</li>" for r in m.recomendaciones_de_cambio)
                      + "</ul>")
    if m.texto_final:
        rotulo = (traducir("Texto final, con las enmiendas aprobadas y las recomendaciones aceptadas")
                  if m.recomendaciones_de_cambio else traducir("Texto final, con las enmiendas aprobadas"))
        partes.append(f"<h5>{t(rotulo)}</h5>{parrafos(escrito(m.texto_final))}")
    if m.recomendacion:
        partes.append(f"<p>{t(escrito(m.recomendacion))}</p>")
    estado = t(m.estado_escrito)
    if m.resolucion_id is not None and m.resolucion:
        destino = f"resoluciones.html#{ancla_de_resolucion(m.resolucion_id)}"
        estado += f' <a href="{escape(relativa(ruta, destino))}">{t(traducir("Ver la resolución"))}</a>'
    partes.append(f"<p><strong>{t(traducir('Estado final:'))}</strong> {estado}</p></section>")
    return "\n".join(partes)


def _con_lineas(m, escrito) -> str:
    """El texto presentado con sus números de línea (dominio.lineas: los que citan las recomendaciones de cambio),
    una lista numerada; la primera línea de cada párrafo lleva la clase «aparte»."""
    from ...dominio.lineas import lineas

    filas, previo = [], 1
    for linea in lineas(m.texto):
        clase = ' class="aparte"' if linea.parrafo != previo else ""
        previo = linea.parrafo
        filas.append(f'<li value="{linea.numero}"{clase}>{t(escrito(linea.texto))}</li>')
    return f'<ol class="lineas">{"".join(filas)}</ol>'


def _oradores(oradores: list, numeros: dict[int, int]) -> str:
    """`numeros`: el número de cada moción, para quien habló en la lista de una moción."""
    filas = []
    for i, o in enumerate(oradores, start=1):
        calidad = o.tipo_escrito
        if o.mocion_id in numeros:
            calidad = traducir("{0} (moción {1})").format(calidad, numeros[o.mocion_id])
        filas.append(f"<tr><td>{i}</td><td>{t(o.quien)}</td><td>{t(calidad)}</td><td>{t(o.duracion)}</td></tr>")
    cabeza = "".join(f'<th scope="col">{t(r)}</th>' for r in (traducir("N.º"), traducir("Quién habló"),
                                                              traducir("En calidad de"), traducir("Tiempo")))
    titulo = traducir("Lista de oradores ({0})").format(len(oradores))
    return desplazable(f"<table><caption>{t(titulo)}</caption>"
                       f"<thead><tr>{cabeza}</tr></thead><tbody>{''.join(filas)}</tbody></table>", titulo)


def sala_del_punto(sala, punto_id: int | None, ruta: str, escrito) -> str:
    """Las mociones y los oradores del punto (vacío si no tiene). `escrito`: marca un texto guardado por la
    asociación con su idioma si no es el de la página."""
    if sala is None or punto_id is None:
        return ""
    partes = [_mocion(m, ruta, escrito) for m in sala.mociones_del_punto(punto_id)]
    if sala.oradores.get(punto_id):
        partes.append(_oradores(sala.oradores[punto_id], {m.id: m.numero for m in sala.mociones}))
    return "\n".join(partes)
