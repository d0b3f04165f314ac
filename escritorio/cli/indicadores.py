"""«indicadores»: el marco de monitoreo por miembro y año (issue 80, §4), como Documentos › Indicadores… en la ventana
(los mismos servicios: servicios/indicadores.py).

  definir      un indicador: nombre, unidad, sentido (mayor, menor o neutro), fuente
  listar       los indicadores, con cuántos valores y de qué años
  corregir     lo escrito de un indicador (nombre, unidad, sentido, fuente, descripción, decimales)
  registrar    el valor de un miembro en un año, con su evidencia (--reemplazar corrige uno)
  quitar       el valor de un miembro en un año cargado por error
  comparar     miembros (filas) por años (columnas), con la variación y si mejoró
  exportar     el libro de Excel: una hoja por indicador y la de los valores con su evidencia

Estados de salida: 0 hecho; 1 no se pudo (el mensaje dice qué y cómo arreglarlo; no se guardó nada); 2 la orden
está mal escrita."""

from .argumentos import identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de
from ..dominio import formato


def _anios(texto: str) -> list[int]:
    import argparse

    try:
        return sorted({int(a) for a in texto.split(",") if a.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError("escriba los años separados por comas, por ejemplo 2024,2025") from None


def agregar_ordenes(ordenes) -> None:
    indicadores = ordenes.add_parser(
        "indicadores", help="indicadores por miembro y año (un marco de monitoreo), con su evidencia",
        description="Un marco de monitoreo son valores de indicadores por miembro y año: se define cada indicador "
                    "(unidad, sentido, fuente), se registra el valor de cada miembro con la evidencia que lo "
                    "respalda, y se comparan miembros y años. La memoria anual y el sitio publicado los muestran.",
        epilog='Ejemplos:\n  escritorio indicadores definir --nombre "Emisiones por habitante" --unidad tCO2e/hab '
               '--sentido menor --fuente "Inventario GEI municipal" --decimales 2\n'
               '  escritorio indicadores registrar "Emisiones por habitante" --miembro 4 --anio 2025 --valor 4,31 '
               '--evidencia "Inventario GEI 2025, p. 12"\n'
               '  escritorio indicadores comparar "Emisiones por habitante" --anios 2024,2025')
    sub = indicadores.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    definir = sub.add_parser("definir", help="define un indicador", description="Un indicador nuevo. El sentido dice "
                             "qué es mejorar: mayor (más es mejor), menor (menos es mejor) o neutro.")
    definir.add_argument("--nombre", required=True, metavar="TEXTO")
    definir.add_argument("--unidad", required=True, metavar="TEXTO", help="tCO2e/hab, %%, árboles, km…")
    definir.add_argument("--sentido", required=True, choices=("mayor", "menor", "neutro"))
    definir.add_argument("--fuente", metavar="TEXTO", help="de dónde salen los valores")
    definir.add_argument("--descripcion", metavar="TEXTO", help="qué mide y cómo")
    definir.add_argument("--decimales", type=int, default=0, metavar="N", help="decimales de sus valores (0 a 6)")
    definir.set_defaults(funcion=orden_definir)
    corregir = sub.add_parser(
        "corregir", help="corrige lo escrito de un indicador", description="Corrige el nombre, la unidad, el sentido, "
        "la fuente, la descripción o los decimales de un indicador; lo que no se indica queda como está y la "
        "bitácora guarda lo anterior. Menos decimales de los que ya usan sus valores se rechazan.")
    corregir.add_argument("indicador", metavar="INDICADOR", help="id o nombre exacto")
    corregir.add_argument("--nombre", metavar="TEXTO")
    corregir.add_argument("--unidad", metavar="TEXTO")
    corregir.add_argument("--sentido", choices=("mayor", "menor", "neutro"))
    corregir.add_argument("--fuente", metavar="TEXTO", help='de dónde salen los valores ("" la quita)')
    corregir.add_argument("--descripcion", metavar="TEXTO", help='qué mide y cómo ("" la quita)')
    corregir.add_argument("--decimales", type=int, metavar="N")
    corregir.set_defaults(funcion=orden_corregir, analizador=corregir)
    quitar = sub.add_parser("quitar", help="quita el valor de un miembro en un año (cargado por error)",
                            description="Quita el valor de un miembro en un año; la bitácora lo guarda.")
    quitar.add_argument("indicador", metavar="INDICADOR", help="id o nombre exacto")
    quitar.add_argument("--miembro", type=identificador, required=True, metavar="ID")
    quitar.add_argument("--anio", type=int, required=True, metavar="AÑO")
    quitar.set_defaults(funcion=orden_quitar)
    listar = sub.add_parser("listar", help="los indicadores con sus valores y años")
    listar.set_defaults(funcion=orden_listar)
    registrar = sub.add_parser(
        "registrar", help="registra el valor de un miembro en un año, con su evidencia",
        description="El valor de un miembro en un año, con la evidencia que lo respalda (el informe, la página, el "
                    "enlace). Un miembro tiene un valor por año: para corregirlo, --reemplazar (la bitácora guarda "
                    "el anterior). El valor se escribe como en la región: 4,31 o 1.250,5.")
    registrar.add_argument("indicador", metavar="INDICADOR", help="id o nombre exacto")
    registrar.add_argument("--miembro", type=identificador, required=True, metavar="ID")
    registrar.add_argument("--anio", required=True, metavar="AÑO")
    registrar.add_argument("--valor", required=True, metavar="NÚMERO")
    registrar.add_argument("--evidencia", required=True, metavar="TEXTO")
    registrar.add_argument("--reemplazar", action="store_true", help="corrige el valor que ya tiene ese año")
    registrar.set_defaults(funcion=orden_registrar)
    comparar = sub.add_parser("comparar", help="miembros por años, con la variación y si mejoró",
                              description="Los valores del indicador: un miembro por fila (primero el mejor en el "
                                          "último año), un año por columna, y cómo cambió del primero al último año "
                                          "con dato.")
    comparar.add_argument("indicador", metavar="INDICADOR", help="id o nombre exacto")
    comparar.add_argument("--anios", type=_anios, metavar="AÑO,AÑO", help="solo esos años (por omisión, todos)")
    comparar.set_defaults(funcion=orden_comparar)
    exportar = sub.add_parser("exportar", help="el libro de Excel de los indicadores",
                              description="Una hoja por indicador (miembros por años) y la hoja «Valores» con la "
                                          "evidencia de cada uno. No reemplaza un archivo existente salvo con "
                                          "--reemplazar.")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx")
    exportar.add_argument("--anios", type=_anios, metavar="AÑO,AÑO", help="solo esos años")
    exportar.add_argument("--reemplazar", action="store_true", help="reemplaza el archivo si ya existe")
    exportar.set_defaults(funcion=orden_exportar)
    for parser in (definir, corregir, quitar, listar, registrar, comparar, exportar):
        con_asociacion(parser)
    for parser in (definir, corregir, quitar, listar, registrar, comparar):
        con_json(parser)


def orden_definir(args) -> None:
    from ..servicios.indicadores import definir_indicador

    nuevo = definir_indicador(oficina_de(args).contexto, args.nombre, args.unidad, args.sentido, args.fuente,
                              args.descripcion, args.decimales)
    if args.json:
        imprimir_json({"id": nuevo, "nombre": args.nombre})
        return
    print(f"Indicador {nuevo} definido: {args.nombre} ({args.unidad}).")


def orden_corregir(args) -> None:
    from ..servicios.indicadores import corregir_indicador, elegir_indicador

    contexto = oficina_de(args).contexto
    cambios = {campo: (valor or None) if campo in ("fuente", "descripcion") else valor
               for campo in ("nombre", "unidad", "sentido", "fuente", "descripcion", "decimales")
               if (valor := getattr(args, campo)) is not None}
    if not cambios:
        args.analizador.error("indique qué corregir: --nombre, --unidad, --sentido, --fuente, --descripcion o "
                              "--decimales")
    quedo = corregir_indicador(contexto, elegir_indicador(contexto, args.indicador)["id"], **cambios)
    if args.json:
        imprimir_json(quedo)
        return
    print(f"Indicador {quedo['id']} corregido: {quedo['nombre']} ({quedo['unidad']}).")


def orden_quitar(args) -> None:
    from ..servicios.indicadores import elegir_indicador, quitar_valor, valor_escrito

    contexto = oficina_de(args).contexto
    hecho = quitar_valor(contexto, elegir_indicador(contexto, args.indicador)["id"], args.miembro, args.anio)
    if args.json:
        imprimir_json({"indicador": hecho.indicador["nombre"], "miembro": hecho.miembro, "anio": hecho.anio,
                       "valor": str(hecho.valor), "evidencia": hecho.evidencia})
        return
    print(f"Quitado el valor de {hecho.miembro} en {hecho.anio} ({valor_escrito(hecho.indicador, hecho.valor)}): "
          "la bitácora lo guarda.")


def orden_listar(args) -> None:
    from ..dominio.indicadores import SENTIDOS
    from ..servicios.indicadores import lista_de_indicadores

    lista = lista_de_indicadores(oficina_de(args).contexto)
    if args.json:
        imprimir_json(lista)
        return
    if not lista:
        print("No hay indicadores: defina el primero con «indicadores definir».")
    for i in lista:
        anios = f", {i['anios'][0]}–{i['anios'][-1]}" if i["anios"] else ""
        fuente = f"; fuente: {i['fuente']}" if i["fuente"] else ""
        print(f"{i['id']}  {i['nombre']} ({i['unidad']}; {SENTIDOS[i['sentido']].lower()}{fuente}): "
              f"{formato.cuantos(i['valores'], '{0} valor', '{0} valores')}{anios}")


def orden_registrar(args) -> None:
    from ..servicios.indicadores import elegir_indicador, registrar_valor

    contexto = oficina_de(args).contexto
    indicador = elegir_indicador(contexto, args.indicador)
    hecho = registrar_valor(contexto, indicador["id"], args.miembro, args.anio, args.valor, args.evidencia,
                            reemplazar=args.reemplazar)
    if args.json:
        imprimir_json({"indicador": indicador["nombre"], "miembro": hecho.miembro, "anio": hecho.anio,
                       "valor": str(hecho.valor), "evidencia": hecho.evidencia, "anterior": hecho.anterior})
        return
    print(hecho.resumen())


def orden_comparar(args) -> None:
    from ..dominio.indicadores import como_le_fue
    from ..servicios.indicadores import comparar, elegir_indicador, valor_escrito

    contexto = oficina_de(args).contexto
    c = comparar(contexto, elegir_indicador(contexto, args.indicador)["id"], args.anios)
    if args.json:
        imprimir_json({"indicador": c.indicador, "anios": c.anios, "mejoraron": c.mejoraron,
                       "empeoraron": c.empeoraron, "filas": [
                           {"miembro_id": f.miembro_id, "miembro": f.miembro, "pais": f.pais,
                            "valores": {str(a): None if v is None else str(v) for a, v in f.valores.items()},
                            "evidencias": {str(a): e for a, e in f.evidencias.items()},
                            "variacion": None if f.variacion is None else str(f.variacion.diferencia),
                            "mejoro": None if f.variacion is None else f.variacion.mejoro} for f in c.filas]})
        return
    print(f"{c.indicador['nombre']} ({c.indicador['unidad']}): {', '.join(map(str, c.anios)) or 'sin valores'}")
    for f in c.filas:
        valores = "; ".join(f"{a}: {valor_escrito(c.indicador, v) if v is not None else '—'}"
                            for a, v in f.valores.items())
        cambio = f" — {como_le_fue(f.variacion)}" if f.variacion is not None and como_le_fue(f.variacion) else ""
        print(f"  {f.miembro}: {valores}{cambio}")
    if any(f.variacion for f in c.filas):
        print(f"Mejoraron {c.mejoraron}; empeoraron {c.empeoraron}.")


def orden_exportar(args) -> None:
    from ..salida import comprobar_salida
    from ..servicios.indicadores import exportar_indicadores

    comprobar_salida(args.archivo, ".xlsx", "los indicadores", reemplazar=args.reemplazar,
                     sin_hacer="no se exportó nada")
    escritos = exportar_indicadores(oficina_de(args).contexto, args.archivo, args.anios)
    print(f"Indicadores exportados a {args.archivo}: {formato.cuantos(escritos, '{0} valor', '{0} valores')}.")
