"""Las páginas del sitio de transparencia a partir de su contenido: `armar_sitio(contenido)` devuelve cada archivo
del sitio ({ruta relativa: bytes}), con las páginas, la hoja de estilo, el guion de la verificación y los PDF/A de
las actas."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from escritorio.dominio import formato
from escritorio.dominio.anclas import PAGINA_DE_ANCLAS
from escritorio.dominio.direccion_publica import CARPETA as CARPETA_VERIFICAR, EXTENSION
from escritorio.dominio.mapa import creditos
from escritorio.dominio.organos import nombre_del_cargo as nombre_en_su_forma
from escritorio.dominio.traduccion import traducir

from .contenido import ContenidoDelSitio, SesionPublica, prefijo_del_idioma
from .firmadas import seccion_de_firmadas
from .idioma_del_texto import en_su_idioma
from .mapa import CSS as CSS_DEL_MAPA, RUTA as RUTA_DEL_MAPA, pagina_del_mapa
from .oparl import armar_oparl
from .sala import ancla_de_resolucion, sala_del_punto
from .paginas import (CSS, ESTILO, GUION_DE_VERIFICACION, JS, Enlace, Pagina, datos, enlace, lista, marco, parrafos,
                      relativa, t, tabla)


def nombre_del_cargo(cargo: str, forma: str | None = None) -> str:
    """«titular» -> «Titular», en el idioma del sitio (como los documentos de órganos), en la forma con que se nombra
    a quien lo ejerce («Presidenta»)."""
    return nombre_en_su_forma(cargo, forma)


def pagina_de_sesion(sesion_id: int) -> str:
    return f"sesiones/{sesion_id}.html"


def pagina_de_organo(organo_id: int) -> str:
    return f"organos/{organo_id}.html"


def pagina_de_verificacion(codigo: str) -> str:
    """La misma forma que el QR de los documentos (dominio.direccion_publica.direccion_de_verificacion)."""
    return f"{CARPETA_VERIFICAR}/{codigo}{EXTENSION}"


def _escrito(c: ContenidoDelSitio, texto: object) -> object:
    """Un texto tal como lo guardó la asociación, marcado con su idioma si no es el de la página."""
    return en_su_idioma(texto, c.idioma_de_lo_escrito, c.idioma)


def _del_acta(c: ContenidoDelSitio, s: SesionPublica, texto: object) -> object:
    """Lo que dice el acta con palabras del programa (el quórum, la asistencia, las votaciones), en su idioma."""
    return en_su_idioma(texto, s.idioma_del_acta, c.idioma)


def _titulo_de_sesion(c: ContenidoDelSitio, s: SesionPublica) -> str:
    """El título de la sesión en HTML: «XXXII sessão extraordinária — » en el idioma de la página y el nombre del
    órgano (dominio.sesiones.titulo_de_la_sesion lo pone al final) en el idioma en que se escribió."""
    if s.organo and s.titulo.endswith(" — " + s.organo):
        return t(s.titulo[:-len(s.organo)]) + t(_escrito(c, s.organo))
    return t(s.titulo)


def _inicio(c: ContenidoDelSitio) -> Pagina:
    a = c.asociacion
    activos = [m for m in c.miembros if m.get("estado") == "activo"]
    partes = [datos([(traducir("Sigla"), a.get("sigla")), (traducir("Sede"), a.get("sede")),
                     (traducir("Fundada el"), formato.fecha(a.get("fecha_fundacion"))),
                     (traducir("Datos al"), formato.fecha(c.datos_al))])]
    partes.append(f"<p>{t(traducir('{0} miembros activos en {1} países.').format(formato.numero(len(activos)), formato.numero(len({m['pais'] for m in activos}))))}</p>")
    partes.append("<h2>" + t(traducir("Qué se publica aquí")) + "</h2>")
    partes.append(lista([
        enlace("index.html", "estatuto.html", traducir("El estatuto vigente y la historia de sus reformas")),
        enlace("index.html", "miembros.html", traducir("Las ciudades miembro, por país, con su población")),
        enlace("index.html", RUTA_DEL_MAPA, traducir("El mapa de la red, con la lista de dónde está cada miembro")),
        enlace("index.html", "organos.html", traducir("Cada órgano con su composición y sus mandatos")),
        enlace("index.html", "sesiones.html", traducir("El calendario de sesiones, con el orden del día, la asistencia, "
                                                        "las votaciones y el acta aprobada")),
        enlace("index.html", "resoluciones.html", traducir("Las resoluciones y declaraciones, con sus adhesiones")),
        enlace("index.html", "unidades.html", traducir("Las unidades temáticas y sus planes de trabajo")),
        enlace("index.html", "verificar/index.html", traducir("La verificación de los documentos emitidos")),
        enlace("index.html", PAGINA_DE_ANCLAS, traducir("La cadena de la bitácora: cada cabeza que mostró este sitio, "
                                                        "para comprobar que la historia no se rehízo")),
    ]))
    if c.direccion_publica:
        partes.append(f"<h2>{t(traducir('Datos abiertos'))}</h2>")
        # Uno solo por sitio, en la raíz (en el primer idioma): otro idioma lleva al mismo.
        raiz = "../" * prefijo_del_idioma(c.idioma, c.idiomas).count("/")
        partes.append("<p>" + t(traducir("Los mismos datos, en el estándar abierto OParl 1.1, para leerlos con cualquier "
                                         "programa: ")) + enlace("index.html", raiz + "oparl/system.json",
                                                                 "oparl/system.json") + "</p>")
    return Pagina("index.html", a["nombre"], "\n".join(partes))


def _estatuto(c: ContenidoDelSitio) -> Pagina:
    partes = []
    for norma in c.normas:
        partes.append(f"<h2>{t(_escrito(c, norma['titulo']))}</h2>")
        for articulo in norma["articulos"]:
            encabezado = t(traducir("Artículo {0}").format(articulo.numero))
            if articulo.titulo:
                encabezado += f" — {t(_escrito(c, articulo.titulo))}"
            partes.append(f"<h3>{encabezado}</h3>{parrafos(_escrito(c, articulo.texto))}")
        reformas = norma["reformas"]
        partes.append(f"<h3>{t(traducir('Historia de reformas'))}</h3>")
        partes.append(tabla([traducir("Vigente desde"), traducir("Aprobada por"), traducir("Descripción"),
                             traducir("Artículos")],
                            [[t(formato.fecha(r["vigente_desde"])), t(_escrito(c, r.get("aprobada_por"))),
                              t(_escrito(c, r.get("descripcion"))),
                              t(formato.numero(r.get("articulos")))] for r in reformas]))
    if not c.normas:
        partes.append(f"<p>{t(traducir('La asociación no cargó su estatuto.'))}</p>")
    return Pagina("estatuto.html", traducir("Estatuto"), "\n".join(partes))


def _miembros(c: ContenidoDelSitio) -> Pagina:
    por_pais: dict[str, list[dict]] = defaultdict(list)
    for m in c.miembros:
        por_pais[m["pais_nombre"]].append(m)
    encabezados = [traducir("Miembro"), traducir("Región"), traducir("Población"), traducir("Tipo"),
                   traducir("Ingreso"), traducir("Estado"), traducir("Autoridad")]
    if c.con_contactos:
        encabezados += [traducir("Correo"), traducir("Teléfono")]
    partes = [f"<p>{t(traducir('{0} miembros en {1} países.').format(formato.numero(len(c.miembros)), formato.numero(len(por_pais))))} "
              + enlace("miembros.html", RUTA_DEL_MAPA, traducir("Verlos en el mapa")) + "</p>"]
    for pais, miembros in por_pais.items():
        filas = []
        for m in miembros:
            poblacion = formato.numero(m.get("poblacion")) if m.get("poblacion") is not None else ""
            if poblacion and m.get("anio_poblacion"):
                poblacion = f"{poblacion} ({m['anio_poblacion']})"
            autoridad = ", ".join(x for x in (m.get("autoridad"), m.get("cargo")) if x)
            fila = [t(m["nombre"]), t(m.get("region")), f'<span class="numero">{t(poblacion)}</span>',
                    t(m.get("tipo_nombre") or m.get("tipo")), t(formato.fecha(m.get("fecha_ingreso"))),
                    t(m.get("estado_nombre") or m.get("estado")), t(autoridad)]
            if c.con_contactos:
                fila += [t(m.get("correo")), t(m.get("telefono"))]
            filas.append(fila)
        partes.append(f"<h2>{t(pais)}</h2>" + tabla(encabezados, filas))
    if c.aviso_de_privacidad is not None:
        partes.append("<p>" + t(traducir("El correo y el teléfono de cada miembro son los institucionales.")) + " "
                      + enlace("miembros.html", PRIVACIDAD, traducir("Aviso de privacidad")) + "</p>")
    # Las regiones y poblaciones pueden venir del nomenclátor (GeoNames pide que se lo nombre donde se usa).
    partes.append(f'<p class="credito">{t(creditos())}</p>')
    return Pagina("miembros.html", traducir("Miembros"), "\n".join(partes))


PRIVACIDAD = "privacidad.html"


def _privacidad(c: ContenidoDelSitio) -> list[Pagina]:
    """El aviso de privacidad, cuando el sitio publica contactos: qué publica de las personas, para qué y con qué
    fundamento, y a quién pedir el acceso, la rectificación, la supresión o la oposición."""
    aviso = c.aviso_de_privacidad
    if aviso is None:
        return []
    partes = [f"<p>{t(traducir('Este sitio publica, del registro de {0}:').format(c.asociacion['nombre']))}</p>"]
    partes.append(lista([t(f"{p['nombre']}: {p['publicado']}.") for p in aviso["tratamientos"]]
                        + [t(traducir("Contactos de los miembros: el correo y el teléfono institucionales de cada "
                                      "miembro (el municipio), porque la asociación eligió publicarlos."))]))
    partes.append(f"<h2>{t(traducir('Para qué y con qué fundamento'))}</h2>")
    partes.append(lista([t(traducir("{0}: {1} Fundamento: {2}.").format(
        p["nombre"], p["finalidad"][:1].upper() + p["finalidad"][1:] + ".", p["base_legal"]))
        for p in aviso["tratamientos"]]))
    partes.append(f"<h2>{t(traducir('Sus derechos'))}</h2>")
    partes.append("<p>" + t(traducir("Toda persona que aparece en este sitio puede pedir acceso a sus datos, su "
                                     "rectificación, su supresión (salvo lo que la asociación tiene obligación de "
                                     "conservar, como un acta aprobada) y no recibir correo de la asociación. La ley "
                                     "que aplica la asociación: {0}.").format(aviso["ley"])) + "</p>")
    contacto = (traducir("Escriba a: {0}.").format(aviso["contacto"]) if aviso.get("contacto") else
                traducir("Diríjase a la secretaría de la asociación."))
    partes.append(f"<p>{t(contacto)}</p>")
    for linea in (aviso.get("encargado"), aviso.get("reclamo")):
        if linea:
            partes.append(f"<p>{t(linea)}</p>")
    partes.append("<p>" + t(traducir("Este sitio no usa cookies ni guarda nada de quien lo visita.")) + "</p>")
    return [Pagina(PRIVACIDAD, traducir("Aviso de privacidad"), "\n".join(partes),
                   migas=[Enlace("miembros.html", traducir("Miembros"))])]


def _organos(c: ContenidoDelSitio) -> list[Pagina]:
    indice = tabla([traducir("Órgano"), traducir("Tipo"), traducir("Depende de"), traducir("Integrantes")],
                   [[enlace("organos.html", pagina_de_organo(o["id"]), _escrito(c, o["nombre"])), t(o["tipo_nombre"]),
                     t(_escrito(c, o.get("padre"))), t(formato.numero(len(o["asientos"])))] for o in c.organos])
    paginas = [Pagina("organos.html", traducir("Órganos"), indice)]
    for o in c.organos:
        ruta = pagina_de_organo(o["id"])
        partes = [datos([(traducir("Tipo"), o["tipo_nombre"]), (traducir("Depende de"), _escrito(c, o.get("padre"))),
                         (traducir("Atribuciones"), _escrito(c, o.get("atribuciones"))),
                         (traducir("Según"), _escrito(c, o.get("articulo"))),
                         # Cuándo lo creó el estatuto o una resolución y cuándo se disolvió (issue 66, §4).
                         (traducir("Creado el"), formato.fecha(o.get("creado_el")) if o.get("creado_el") else None),
                         (traducir("Creado por"), _escrito(c, o.get("creado_por"))),
                         (traducir("Disuelto el"),
                          formato.fecha(o.get("disuelto_el")) if o.get("disuelto_el") else None),
                         (traducir("Disuelto por"), _escrito(c, o.get("disuelto_por")))])]
        partes.append(f"<h2>{t(traducir('Composición vigente'))}</h2>")
        if o.get("disuelto_el") and o["disuelto_el"] < c.datos_al:
            partes.append("<p>" + t(traducir("Se disolvió el {0}: ya no tiene integrantes.").format(
                formato.fecha(o["disuelto_el"]))) + "</p>")
        else:
            partes.append(tabla([traducir("Cargo"), traducir("Miembro"), traducir("Persona"), traducir("Desde"),
                                 traducir("Hasta"), traducir("Voto")],
                                [[t(nombre_del_cargo(a.cargo, a.forma)), t(a.miembro), t(a.persona),
                                  t(formato.fecha(a.desde)), t(formato.fecha(a.hasta)),
                                  t(traducir("con voto") if a.con_voto else traducir("sin voto"))]
                                 for a in o["asientos"]]))
        partes.append(f"<h2>{t(traducir('Mandatos'))}</h2>")
        partes.append(tabla([traducir("Cargo"), traducir("Miembro"), traducir("Persona"), traducir("Desde"),
                             traducir("Hasta")],
                            [[t(nombre_del_cargo(m["cargo"], m.get("forma"))), t(m.get("miembro")), t(m.get("persona")),
                              t(formato.fecha(m["desde"])),
                              t(formato.fecha(m.get("hasta")))] for m in o["mandatos"]]))
        paginas.append(Pagina(ruta, _escrito(c, o["nombre"]), "\n".join(partes),
                              migas=[Enlace("organos.html", traducir("Órganos"))]))
    return paginas


def _sesiones(c: ContenidoDelSitio) -> list[Pagina]:
    filas = [[t(formato.fecha(s.fecha)), f'<a href="{escape(relativa("sesiones.html", pagina_de_sesion(s.id)))}">{_titulo_de_sesion(c, s)}</a>',
              t(_escrito(c, s.organo)),
              t(s.estado), t(_estado_del_acta(s))] for s in sorted(c.sesiones, key=lambda s: (s.fecha, s.id), reverse=True)]
    indice = tabla([traducir("Fecha"), traducir("Sesión"), traducir("Órgano"), traducir("Estado"), traducir("Acta")],
                   filas)
    return [Pagina("sesiones.html", traducir("Sesiones"), indice)] + [_sesion(c, s) for s in c.sesiones]


def _estado_del_acta(s: SesionPublica) -> str:
    if s.estado_acta in ("aprobada", "firmada"):
        return traducir("aprobada el {0}").format(formato.fecha(s.aprobada_el)) if s.aprobada_el else traducir("aprobada")
    if s.estado_acta == "borrador":
        return traducir("en borrador")
    if s.acta is not None:   # celebrada y publicada con «sin_aprobar» antes de que se empiece su acta
        return traducir("sin borrador")
    return ""


def _sesion(c: ContenidoDelSitio, s: SesionPublica) -> Pagina:
    ruta = pagina_de_sesion(s.id)
    partes = [datos([(traducir("Órgano"), _escrito(c, s.organo)), (traducir("Fecha"), formato.fecha(s.fecha)),
                     (traducir("Hora"), s.hora), (traducir("Lugar"), _escrito(c, s.lugar)), (traducir("Estado"), s.estado),
                     (traducir("Acta"), _estado_del_acta(s))])]
    partes.append(f"<h2>{t(traducir('Orden del día'))}</h2>")
    partes.append("<ol>" + "".join(f"<li>{t(_escrito(c, p['titulo']))}</li>" for p in s.puntos) + "</ol>" if s.puntos else
                  f"<p>{t(traducir('No hay nada que mostrar.'))}</p>")
    acta = s.acta
    if acta is None:
        partes.append(f'<p class="aviso">{t(traducir("La asistencia, las votaciones y las resoluciones se publican cuando se aprueba el acta."))}</p>')
    else:
        if s.estado_acta not in ("aprobada", "firmada"):
            partes.append(f'<p class="aviso">{t(traducir("El acta de esta sesión todavía no está aprobada: lo que sigue puede cambiar."))}</p>')
        partes.append(f"<h2>{t(traducir('Asistencia'))}</h2>")
        # Lo que el acta dice con palabras del programa, en el idioma del acta (la aprobada, en el que se aprobó);
        # lo que escribió la secretaría (títulos y resúmenes de los puntos), en el suyo.
        def del_acta(texto: object) -> str:
            return t(_del_acta(c, s, texto))
        partes.append(f"<p>{del_acta(acta.quorum)}</p>")
        for pais, presentes in acta.asistencia_por_pais.items():
            partes.append(f"<h3>{del_acta(pais)}</h3>" + lista([del_acta(p) for p in presentes]))
        if acta.ausentes:
            partes.append(f"<h3>{t(traducir('Ausentes'))}</h3>" + lista([del_acta(a) for a in acta.ausentes]))
        if acta.invitados:
            partes.append(f"<h3>{t(traducir('Invitados'))}</h3>" + lista([del_acta(i) for i in acta.invitados]))
        partes.append(f"<h2>{t(traducir('Puntos tratados y votaciones'))}</h2>")
        punto_id = {p.get("numeracion"): p.get("id") for p in s.puntos}
        for punto in acta.puntos:
            partes.append(f"<h3>{t(punto.get('numeracion'))}. {t(_escrito(c, punto.get('titulo')))}</h3>")
            if punto.get("sobre"):
                partes.append(f"<p>{del_acta(punto['sobre'])}</p>")
            partes.append(parrafos(_escrito(c, punto.get("resumen"))))
            if punto.get("votacion"):
                partes.append(f"<p>{del_acta(punto['votacion'])}</p>")
            if punto.get("regla_mayoria"):
                antes, _, despues = traducir("Mayoría requerida: {0}").partition("{0}")
                partes.append(f"<p>{t(antes)}{del_acta(punto['regla_mayoria'])}{t(despues)}</p>")
            if punto.get("nominales"):
                partes.append(lista([del_acta(n) for n in punto["nominales"]]))
            # Sus mociones, enmiendas, votaciones y oradores (sitio/sala.py).
            partes.append(sala_del_punto(s.sala, punto_id.get(punto.get("numeracion")), ruta,
                                         lambda texto: _escrito(c, texto)))
        partes.append(_comprobantes(c, s))
        partes.append(f"<h2>{t(traducir('Resoluciones'))}</h2>" + lista([del_acta(r) for r in acta.resoluciones]))
    if s.pdf:
        partes.append(f"<h2>{t(traducir('Acta aprobada'))}</h2>")
        descarga = enlace(ruta, s.pdf, traducir("Descargar el acta (PDF/A)"))
        partes.append(f"<p>{descarga}</p>")
        partes.append(datos([(traducir("SHA-256 del archivo"), s.pdf_sha256),
                             (traducir("Huella del texto aprobado"), s.huella_acta)]))
        if s.codigo_acta:
            partes.append("<p>" + enlace(ruta, pagina_de_verificacion(s.codigo_acta),
                                         traducir("Verificar este documento ({0})").format(s.codigo_acta)) + "</p>")
    return Pagina(ruta, s.titulo, "\n".join(partes), migas=[Enlace("sesiones.html", traducir("Sesiones"))],
                  titulo_html=_titulo_de_sesion(c, s))


def _comprobantes(c: ContenidoDelSitio, s) -> str:
    """Las urnas del voto electrónico de la sesión con las huellas cortas de los comprobantes contados: quien votó
    busca la huella del suyo (en una secreta, la lista no dice quién votó qué)."""
    if not s.comprobantes:
        return ""
    partes = [f"<h2 id=\"comprobantes\">{t(traducir('Comprobantes del voto electrónico'))}</h2>",
              f"<p>{t(traducir('Cada delegación que votó desde su teléfono recibió un comprobante: su huella corta (las primeras 16 cifras de su SHA-256) está en la lista de la votación si su voto se contó.'))}</p>"]
    for urna in s.comprobantes:
        partes.append(f"<h3>{t(_escrito(c, urna.titulo))}</h3>")
        if urna.secreta:
            partes.append(f"<p>{t(traducir('Votación secreta: la lista no dice quién votó qué.'))}</p>")
        partes.append(lista([t(h) for h in urna.comprobantes]))
    return "\n".join(partes)


def _resoluciones(c: ContenidoDelSitio) -> Pagina:
    partes = []
    for r in c.resoluciones:
        partes.append(f'<h2 id="{ancla_de_resolucion(r["id"])}">{t(r["numeracion"])} — {t(_escrito(c, r["titulo"]))}</h2>')
        partes.append(datos([(traducir("Órgano"), _escrito(c, r["organo"])), (traducir("Tipo"), r.get("tipo_nombre"))]))
        if r.get("sesion_id"):
            partes.append("<p>" + enlace("resoluciones.html", pagina_de_sesion(r["sesion_id"]),
                                         traducir("La sesión en que se adoptó")) + "</p>")
        partes.append(parrafos(_escrito(c, r.get("texto"))))
        if r.get("firmantes"):
            partes.append(f"<h3>{t(traducir('Adhesiones'))}</h3>" + lista([t(f) for f in r["firmantes"]]))
    if not c.resoluciones:
        partes.append(f"<p>{t(traducir('No hay nada que mostrar.'))}</p>")
    return Pagina("resoluciones.html", traducir("Resoluciones"), "\n".join(partes))


def _unidades(c: ContenidoDelSitio) -> Pagina:
    partes = []
    for u in c.unidades:
        partes.append(f"<h2>{t(_escrito(c, u['nombre']))}</h2>{parrafos(_escrito(c, u.get('atribuciones')))}")
        partes.append(tabla([traducir("Actividad"), traducir("Desde"), traducir("Hasta"), traducir("Estado"),
                             traducir("Responsable"), traducir("Resultado")],
                            [[t(_escrito(c, a["titulo"])), t(formato.fecha(a.get("desde"))),
                              t(formato.fecha(a.get("hasta"))), t(a.get("estado")), t(_escrito(c, a.get("responsable"))),
                              t(_escrito(c, a.get("resultado")))]
                             for a in u["actividades"]], titulo=traducir("Plan de trabajo")))
    if not c.unidades:
        partes.append(f"<p>{t(traducir('No hay nada que mostrar.'))}</p>")
    return Pagina("unidades.html", traducir("Unidades temáticas"), "\n".join(partes))


def _indicadores(c: ContenidoDelSitio) -> Pagina:
    """Cada indicador del marco de monitoreo con los valores de sus últimos años, por miembro (issue 80, §4)."""
    partes = []
    for i in c.indicadores:
        fuente = f" {traducir('Fuente: {0}.').format(_escrito(c, i['fuente']))}" if i.get("fuente") else ""
        partes.append(f"<h2>{t(_escrito(c, i['nombre']))}</h2>"
                      f"<p>{t(traducir('Unidad: {0}. {1}.').format(i['unidad'], i['sentido']) + fuente)}</p>"
                      + parrafos(_escrito(c, i.get("descripcion"))))
        partes.append(tabla([traducir("Miembro"), traducir("País"), *map(str, i["anios"]), traducir("Cómo le fue")],
                            [[t(f["miembro"]), t(f["pais"]), *map(t, f["valores"]), t(f["como"])]
                             for f in i["filas"]], titulo=traducir("Valores por miembro")))
    if not c.indicadores:
        partes.append(f"<p>{t(traducir('No hay nada que mostrar.'))}</p>")
    return Pagina("indicadores.html", traducir("Indicadores"), "\n".join(partes))


def _verificacion(c: ContenidoDelSitio) -> list[Pagina]:
    explicacion = traducir(
        "Cada documento que emite la asociación lleva al pie un código de verificación (como 7K2M-QX4P-9D0B) y un QR "
        "que lleva a su página. Escriba el código para ver lo que el documento afirma y las huellas SHA-256 de cada "
        "copia emitida.")
    # El código como lo escribe quien tiene el papel (minúsculas, sin guiones, O por 0, I o L por 1), como
    # dominio.verificacion.normalizar_codigo: a la página de ese código.
    formulario = (f'<form action="#" onsubmit="var c=this.codigo.value.toUpperCase().replace(/[^0-9A-Z]/g,\'\')'
                  f".replace(/O/g,'0').replace(/[IL]/g,'1');"
                  f"if(c.length===12){{location.href=c.slice(0,4)+'-'+c.slice(4,8)+'-'+c.slice(8)+'.html';}}"
                  f"return false;\">"
                  f'<label for="codigo">{t(traducir("Código de verificación"))}</label> '
                  f'<input id="codigo" name="codigo" autocomplete="off" placeholder="7K2M-QX4P-9D0B"> '
                  f'<button type="submit">{t(traducir("Ver"))}</button></form>')
    sin_guion = traducir("Sin JavaScript: agregue el código a la dirección de esta carpeta, «verificar/CÓDIGO.html».")
    paginas = [Pagina(f"{CARPETA_VERIFICAR}/index.html", traducir("Verificar un documento"),
                      f"<p>{t(explicacion)}</p>{formulario}<p>{t(sin_guion)}</p>")]
    for d in c.documentos:
        ruta = pagina_de_verificacion(d.codigo)
        partes = [f'<p class="{"bien" if d.vigente else "aviso"}"><strong>{t(d.veredicto)}</strong></p>']
        partes += [f"<p>{t(m)}</p>" for m in d.motivos]
        if d.reservado:
            partes.append(f"<p>{t(traducir('La asociación no publica lo que dice esta clase de documentos. Quien lo tiene puede comprobar aquí que su archivo es una copia emitida: su huella SHA-256 tiene que estar en la tabla.'))}</p>")
        else:
            partes.append(f"<h2>{t(traducir('Lo que el documento afirma'))}</h2>")
            partes.append(datos([(r, v) for r, v in d.datos] + [
                (traducir("Emitido el"), formato.fecha(str(d.emitido_en)[:10]) if d.emitido_en else None)]))
        partes.append(f"<h2>{t(traducir('Copias emitidas'))}</h2>")
        columnas = [traducir("Copia"), traducir("SHA-256")] if d.reservado else [
            traducir("Copia"), traducir("Generada"), traducir("SHA-256")]
        filas = [[t(traducir("original") if k["copia"] == 0 else traducir("copia {0}").format(k["copia"])),
                  t(formato.fecha(str(k["generado_en"])[:10]) if k.get("generado_en") else ""),
                  f'<code class="huella" data-sha256="{escape(k["sha256"])}">{t(k["sha256"])}</code>']
                 for k in d.copias]
        partes.append(tabla(columnas, [[f[0], f[2]] for f in filas] if d.reservado else filas))
        partes.append(seccion_de_firmadas(d.firmadas, d.reservado))
        # Lo que se dice de un archivo distinto: en una página reservada no hay «arriba» con qué compararlo.
        distinto = (traducir("Su archivo NO es ninguna de las copias emitidas (SHA-256 {0}): puede estar alterado, o "
                             "ser otra impresión; pregunte a la asociación por el documento con este código.")
                    if d.reservado else
                    traducir("Su archivo NO es ninguna de las copias emitidas (SHA-256 {0}): puede estar alterado, o "
                             "ser otra impresión; compare lo que dice con lo de arriba."))
        partes.append(
            f'<div id="comprobar" class="comprobar" hidden data-igual="{t(traducir("Su archivo es idéntico a una copia emitida (SHA-256 {0})."))}" '
            f'data-distinto="{t(distinto)}" '
            f'data-sin-cripto="{t(traducir("Este navegador no calcula la huella aquí: compárela a mano (abajo)."))}">'
            f'<h2>{t(traducir("Comprobar su archivo"))}</h2>'
            f'<p>{t(traducir("El archivo no se envía a ninguna parte: su huella se calcula en este equipo."))}</p>'
            f'<label for="archivo">{t(traducir("Elija el PDF que recibió"))}</label> '
            f'<input type="file" id="archivo" accept="application/pdf,.pdf"><p id="resultado" role="status"></p></div>')
        partes.append(f"<p>{t(traducir('Para comparar a mano, calcule la huella SHA-256 del archivo (en Windows: certutil -hashfile archivo.pdf SHA256; en Linux o macOS: sha256sum archivo.pdf) y búsquela en la tabla.'))}</p>")
        titulo = f"{d.tipo} {d.codigo}"
        paginas.append(Pagina(ruta, titulo, "\n".join(partes), guion=True,
                              migas=[Enlace(f"{CARPETA_VERIFICAR}/index.html", traducir("Verificar un documento"))]))
    return paginas


def armar_sitio(c: ContenidoDelSitio) -> dict[str, bytes]:
    """Cada archivo del sitio en el idioma de `c`: {ruta relativa a la carpeta del sitio (con «/»): contenido}. En un
    sitio de varios idiomas (`c.idiomas`), los de otro idioma que el primero van en su subcarpeta, y los datos
    abiertos OParl, una sola vez, en la raíz."""
    paginas = [_inicio(c), _estatuto(c), _miembros(c),
               pagina_del_mapa(c.mapa, idioma=c.idioma, migas=[Enlace("miembros.html", traducir("Miembros"))]),
               *_organos(c), *_sesiones(c), _resoluciones(c), _unidades(c), _indicadores(c),
               *_verificacion(c), *_privacidad(c)]
    archivos = {p.ruta: marco(p, idioma=c.idioma, asociacion=c.asociacion["nombre"], idiomas=c.idiomas).encode("utf-8")
                for p in paginas}
    archivos[ESTILO] = (CSS + CSS_DEL_MAPA).encode("utf-8")
    archivos[GUION_DE_VERIFICACION] = JS.encode("utf-8")
    archivos.update(c.archivos)
    prefijo = prefijo_del_idioma(c.idioma, c.idiomas)
    if c.direccion_publica and not prefijo:
        archivos.update(armar_oparl(c, c.direccion_publica))
    return {prefijo + ruta: contenido for ruta, contenido in archivos.items()}
