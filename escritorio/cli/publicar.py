"""«publicar CARPETA»: el sitio de transparencia de la asociación (servicios/publicacion.py, el mismo servicio que
usará la ventana). Estados de salida: 0 publicado (o ya estaba al día), 1 no se pudo (la carpeta no es de un sitio de
Escritorio, un archivo ajeno en el camino, una clase a incluir que no existe), 2 la orden está mal escrita."""

from .argumentos import lista_de_idiomas
from .comun import con_asociacion, con_json, imprimir_json, oficina_de, orden_exacta
from ..dominio import formato
from ..dominio.publicacion import CLASES_A_PEDIR, leer_inclusiones
from ..errores import ErrorValidacion

_AYUDA = """\
lo público va siempre: la asociación y su estatuto (con su historia de reformas), los miembros por país con su
población, cada órgano con su composición y sus mandatos, el calendario de sesiones y cada sesión con su orden del
día; la asistencia, las votaciones, las resoluciones y el PDF/A del acta, cuando el acta está aprobada; las
unidades temáticas y sus planes de trabajo, y una página de verificación por cada documento emitido.
lo demás, solo si se pide con --incluir (separado por comas):
""" + "\n".join(f"  {clase:<12} {texto}" for clase, texto in CLASES_A_PEDIR.items()) + """
publicar otra vez en la misma carpeta reescribe solo lo que cambió y borra lo que dejó de ser público (nunca un
archivo que el sitio no escribió); manifiesto.json lista cada archivo con su SHA-256.
ejemplos:
  escritorio publicar sitio/
  escritorio publicar sitio/ --incluir contactos
  escritorio --idioma pt publicar site/            (el sitio en portugués)
  escritorio publicar sitio/ --idiomas es,pt       (en castellano en sitio/ y en portugués en sitio/pt/)
con --idiomas, el primero va en la raíz de la carpeta (allí lleva el QR de los documentos impresos) y cada otro en
su subcarpeta (pt/); cada página enlaza a la misma página en los otros idiomas. Un sitio publicado en un idioma
sigue en su lugar al agregarle otro; publicarlo otra vez sin --idiomas borra las subcarpetas de los otros."""


def agregar_ordenes(ordenes) -> None:
    publicar = ordenes.add_parser(
        "publicar", help="escribe el sitio de transparencia de la asociación en una carpeta",
        description="Escribe (o pone al día) un sitio web estático de la asociación en CARPETA: HTML y CSS que se "
                    "leen sin JavaScript, desde un pendrive, una carpeta compartida o cualquier alojamiento web. En el "
                    "idioma de los documentos de la asociación (o el de --idioma).",
        epilog=_AYUDA)
    publicar.add_argument("carpeta", metavar="CARPETA", help="la carpeta del sitio: vacía, o la de una publicación "
                                                            "anterior")
    publicar.add_argument("--incluir", metavar="CLASES",
                          help="lo que no es público por sí mismo y se publica igual: " + ", ".join(CLASES_A_PEDIR))
    publicar.add_argument("--idiomas", metavar="es,pt", type=lista_de_idiomas,
                          help="el sitio en varios idiomas de una vez: el primero en la carpeta, cada otro en su "
                               "subcarpeta (manda sobre --idioma)")
    con_asociacion(publicar)
    con_json(publicar)
    publicar.set_defaults(funcion=orden_publicar)


def orden_publicar(args) -> None:
    from ..salida import comprobar_nombre
    from ..servicios.publicacion import publicar

    try:
        incluir = leer_inclusiones(args.incluir)
    except ValueError as error:
        raise ErrorValidacion(str(error)) from None
    # Vacía, la decide el servicio («falta la carpeta»): como ruta sería «.», la carpeta donde se está.
    carpeta = comprobar_nombre(args.carpeta, "la carpeta del sitio", "no se publicó nada") if args.carpeta.strip() \
        else args.carpeta
    hecho = publicar(oficina_de(args).contexto, carpeta, incluir=incluir, idiomas=args.idiomas)
    if args.json:
        imprimir_json({"carpeta": str(hecho.carpeta), "escritos": hecho.escritos, "borrados": hecho.borrados,
                       "iguales": hecho.iguales, "paginas": hecho.paginas, "bytes": hecho.bytes,
                       "actas_emitidas": hecho.actas_emitidas, "idiomas": hecho.idiomas,
                       "retenidas": hecho.retenidas, "datos_abiertos": hecho.datos_abiertos})
        return
    print(f"Sitio publicado en {hecho.carpeta}: {formato.numero(hecho.paginas)} páginas, "
          f"{formato.numero(round(hecho.bytes / 1024))} KB.")
    if len(hecho.idiomas) > 1:
        print(f"En {', '.join(hecho.idiomas)}: {hecho.idiomas[0]} en la carpeta; "
              + "; ".join(f"{idioma} en {idioma}/" for idioma in hecho.idiomas[1:]) + ".")
    if not hecho.escritos and not hecho.borrados:
        print("Ya estaba al día: no se cambió ningún archivo.")
    else:
        print(f"Archivos escritos: {formato.numero(len(hecho.escritos))}; borrados (ya no son públicos): "
              f"{formato.numero(len(hecho.borrados))}; sin cambios: {formato.numero(hecho.iguales)}.")
    if hecho.actas_emitidas:
        print(f"Actas emitidas para el sitio (una copia registrada cada una): {formato.numero(hecho.actas_emitidas)}.")
    for retenida in hecho.retenidas:
        print(f"RETENIDA: {retenida} Qué hacer: corra «escritorio verificar».")
    if not hecho.datos_abiertos:
        print("Sin datos abiertos (OParl): necesitan la dirección pública donde quedará el sitio. Fíjela con "
              f"«{orden_exacta(args, 'asociacion', 'editar', '--direccion-publica', 'URL')}» y publique otra vez.")
    print("Ábralo con index.html; para ponerlo en la web, copie la carpeta entera al alojamiento de la asociación.")
