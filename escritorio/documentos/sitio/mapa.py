"""La página del mapa de la red en el sitio publicado (`mapa.html`): un SVG en la página misma, sin mosaicos de
internet ni JavaScript (se ve desde un pendrive), con los contornos de los países (Natural Earth) y un círculo por
miembro vigente ubicado, y al lado la lista de esos miembros por país con su lugar, y los que no tienen ubicación.

Lo que se dibuja sale de `dominio.mapa` como en Inicio (interfaz/vistas/inicio/mapa.py): la misma proyección, los mismos
colores, tamaños y leyenda, la misma línea que describe a cada miembro. Aquí solo se escribe en SVG y HTML.

Accesible: el SVG es una imagen con nombre y descripción (`role="img"`, `<title>` y `<desc>`); lo que muestra está
también en texto, en la leyenda y en la lista de al lado; cada círculo lleva su `<title>` (la ayuda al pasar el
puntero). El crédito de los datos (Natural Earth, GeoNames con su licencia CC BY 4.0) va debajo del mapa.
"""

from __future__ import annotations

from collections import defaultdict

from escritorio.dominio import formato
from escritorio.dominio.mapa import MapaDeLaRed, Proyeccion, creditos
from escritorio.dominio.miembros import ESTADOS
from escritorio.dominio.orden_alfabetico import clave_de_orden
from escritorio.dominio.traduccion import traducir

from .paginas import Pagina, t

RUTA = "mapa.html"
ANCHO = 800                   # el lienzo del SVG, en sus unidades (se escala al ancho de la página)
ALTO_MINIMO, ALTO_MAXIMO = 360, 1100
ESCALA_DE_LOS_CIRCULOS = 1.4  # los radios de dominio.mapa son para un lienzo de ~560 px, como el de Inicio
COLOR_AGUA, COLOR_PROPIO, COLOR_AJENO = "#e9f1f8", "#d6dee7", "#f2f4f6"   # los de Inicio


def _alto(mapa: MapaDeLaRed) -> int:
    return round(min(max(ANCHO / mapa.encuadre.proporcion, ALTO_MINIMO), ALTO_MAXIMO))


def _camino(proyeccion: Proyeccion, anillos: list[list[float]]) -> str:
    """Los anillos de un país como un camino SVG, en unidades enteras (a 800 de ancho, un punto es menos que un
    píxel) y sin repetir un punto que cae en el mismo lugar que el anterior: el mapa de América del Sur pesa así
    unas decenas de KB, no un megabyte."""
    partes = []
    for anillo in anillos:
        puntos, anterior = [], None
        for x, y in proyeccion.anillo(anillo):
            punto = (round(x), round(y))
            if punto != anterior:
                puntos.append(f"{punto[0]} {punto[1]}")
                anterior = punto
        if len(puntos) >= 3:
            partes.append("M" + " ".join(puntos) + "Z")
    return "".join(partes)


def svg_del_mapa(mapa: MapaDeLaRed, por: str, titulo: str, descripcion: str) -> str:
    """El `<svg>` del mapa (sin encuadre, vacío): imagen con nombre y descripción, los países de la red más oscuros,
    los círculos de los chicos encima de los grandes (el orden de `mapa.puntos`)."""
    if mapa.encuadre is None:
        return ""
    alto = _alto(mapa)
    proyeccion = Proyeccion(mapa.encuadre, ANCHO, alto)
    paises = []
    for pais, anillos in sorted(mapa.paises.items()):
        camino = _camino(proyeccion, anillos)
        if camino:
            clase = "propio" if pais in mapa.paises_de_la_red else "ajeno"
            paises.append(f'<path class="{clase}" d="{camino}"/>')
    circulos = []
    for punto in mapa.puntos:
        x, y = proyeccion.punto(punto.latitud, punto.longitud)
        circulos.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{mapa.radio(punto, ESCALA_DE_LOS_CIRCULOS):.1f}" '
            f'fill="{mapa.color(punto, por)}"><title>{t(mapa.describir(punto, por))}</title></circle>')
    return (
        f'<svg class="mapa" role="img" aria-labelledby="mapa-titulo mapa-descripcion" width="{ANCHO}" height="{alto}" '
        f'viewBox="0 0 {ANCHO} {alto}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="mapa-titulo">{t(titulo)}</title><desc id="mapa-descripcion">{t(descripcion)}</desc>'
        f'<rect width="{ANCHO}" height="{alto}" fill="{COLOR_AGUA}"/>'
        f'<g fill-rule="evenodd" stroke="#ffffff" stroke-width="0.8">{"".join(paises)}</g>'
        f'<g class="miembros" stroke="#33414f" stroke-width="0.8" fill-opacity="0.85">{"".join(circulos)}</g>'
        "</svg>")


def _leyenda(mapa: MapaDeLaRed, por: str) -> str:
    filas = "".join(f'<li><span class="muestra" style="background:{color}" aria-hidden="true"></span> '
                    f"{t(rotulo)}: {t(formato.numero(cuantos))}</li>" for color, rotulo, cuantos in mapa.leyenda(por))
    que = (traducir("El color es el tramo de población de cada miembro; el tamaño del círculo, su población.")
           if por == "tramo" else
           traducir("El color es el estado de cada miembro; el tamaño del círculo, su población."))
    return f'<p>{t(que)}</p><ul class="leyenda">{filas}</ul>'


def _lista(mapa: MapaDeLaRed, por: str, idioma: str) -> str:
    """Lo mismo que el mapa, en texto: los miembros ubicados por país, cada uno con su región, sus coordenadas, su
    población y lo que dice su color; después, los que no tienen ubicación."""
    por_pais: dict[str, list] = defaultdict(list)
    for punto in mapa.puntos:
        por_pais[punto.pais_nombre].append(punto)
    partes = [f'<h2 id="lista-del-mapa">{t(traducir("Los miembros en el mapa, por país"))}</h2>']
    for pais in sorted(por_pais, key=lambda p: clave_de_orden(p, idioma)):
        elementos = []
        for punto in sorted(por_pais[pais], key=lambda p: clave_de_orden(p.nombre, idioma)):
            datos = [punto.region, formato.coordenadas(punto.latitud, punto.longitud)]
            if punto.poblacion is not None:
                datos.append(traducir("{0} hab.").format(formato.numero(punto.poblacion)))
            if por == "tramo" and punto.tramo is not None:
                datos.append(mapa.tramos[punto.tramo])
            if por == "estado" or punto.estado != "activo":
                datos.append(traducir(ESTADOS.get(punto.estado, punto.estado)))
            muestra = (f'<span class="muestra" style="background:{mapa.color(punto, por)}" aria-hidden="true">'
                       "</span> ")
            elementos.append(f"<li>{muestra}<strong>{t(punto.nombre)}</strong> — "
                             f"{t(' · '.join(d for d in datos if d))}</li>")
        partes.append(f"<h3>{t(pais)} ({t(formato.numero(len(por_pais[pais])))})</h3>"
                      f'<ul class="en-el-mapa">{"".join(elementos)}</ul>')
    if not mapa.puntos:
        partes.append(f"<p>{t(traducir('Ningún miembro tiene su ubicación registrada todavía.'))}</p>")
    partes.append(f"<h3>{t(traducir('Sin ubicación en el mapa'))}</h3>")
    if mapa.sin_ubicacion:
        nombres = sorted(mapa.sin_ubicacion, key=lambda m: (clave_de_orden(m["pais_nombre"], idioma),
                                                           clave_de_orden(m["nombre"], idioma)))
        partes.append("<ul>" + "".join(f"<li>{t(m['nombre'])} ({t(m['pais_nombre'])})</li>" for m in nombres)
                      + "</ul>")
    else:
        partes.append(f"<p>{t(traducir('Todos los miembros vigentes están en el mapa.'))}</p>")
    return "".join(partes)


def pagina_del_mapa(mapa: MapaDeLaRed | None, *, idioma: str, migas) -> Pagina:
    """`mapa.html`: el mapa con su leyenda y crédito, y al lado la lista."""
    titulo = traducir("Mapa de la red")
    if mapa is None or mapa.encuadre is None:
        cuerpo = f"<p>{t(traducir('No hay miembros vigentes para mostrar en el mapa.'))}</p>"
        return Pagina(RUTA, titulo, cuerpo, migas=migas)
    por = mapa.color_del_sitio()
    paises = len({p.pais for p in mapa.puntos})
    nombre = traducir("Mapa de la red: {0} miembros en {1} países").format(
        formato.numero(len(mapa.puntos)), formato.numero(paises))
    descripcion = traducir("Cada miembro vigente con ubicación es un círculo sobre los contornos de los países; "
                           "los países de la red están en un gris más oscuro. La lista junto al mapa dice lo mismo "
                           "en texto.")
    introduccion = traducir("{0} miembros vigentes en el mapa; {1} sin ubicación.").format(
        formato.numero(len(mapa.puntos)), formato.numero(len(mapa.sin_ubicacion)))
    # La leyenda antes del mapa (se lee antes de mirarlo, y queda a la vista en una pantalla baja); el crédito, debajo.
    figura = (f'<figure class="figura-mapa"><figcaption>{_leyenda(mapa, por)}</figcaption>'
              f'{svg_del_mapa(mapa, por, nombre, descripcion)}<p class="credito">{t(creditos())}</p></figure>')
    cuerpo = (f"<p>{t(introduccion)}</p>"
              f'<div class="con-el-mapa"><div class="columna-mapa">{figura}</div>'
              f'<section class="columna-lista" aria-labelledby="lista-del-mapa">{_lista(mapa, por, idioma)}'
              f"</section></div>")
    return Pagina(RUTA, titulo, cuerpo, migas=migas)


CSS = """\
.con-el-mapa { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
.columna-mapa { position: sticky; top: 0; }
.figura-mapa { margin: 0; }
/* Del ancho de la columna, sin pasar de tres cuartos de la pantalla de alto (queda a la vista al bajar la lista). */
svg.mapa { width: auto; height: auto; max-width: 100%; max-height: 75vh; display: block; border: 1px solid var(--linea); }
svg.mapa .propio { fill: """ + COLOR_PROPIO + """; } svg.mapa .ajeno { fill: """ + COLOR_AJENO + """; }
.leyenda, .en-el-mapa { list-style: none; padding: 0; }
.leyenda { margin: .25rem 0 .5rem; } .leyenda li { display: inline-block; margin-right: 1rem; }
.figura-mapa figcaption p { margin: 0; }
.muestra { display: inline-block; width: .8em; height: .8em; border-radius: 50%; border: 1px solid #33414f;
           vertical-align: baseline; }
.credito { font-size: .85rem; color: var(--suave); }
.columna-lista h2 { margin-top: 0; }
@media (max-width: 48rem) { .con-el-mapa { grid-template-columns: 1fr; } .columna-mapa { position: static; } }
"""
