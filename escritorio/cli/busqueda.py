"""«buscar TEXTO»: buscar en todo (miembros, sesiones, resoluciones, artículos vigentes, pagos por número de recibo),
con el mismo servicio que la paleta de la ventana (Ctrl+K): servicios/busqueda.py."""

from ..documentos.visible import abreviar
from .argumentos import cantidad
from .comun import con_asociacion, con_json, contexto_de, imprimir_json

# Con qué se nombra cada resultado para usarlo en otra orden (el id, o la norma y el artículo).
_REFERENCIA = {"miembro": "miembro {id}", "sesion": "sesión {id}", "resolucion": "resolución {id}",
               "articulo": "norma {norma_id}, art. {articulo}", "pago": "pago {id}"}


def agregar_ordenes(ordenes) -> None:
    buscar = ordenes.add_parser(
        "buscar", help="busca en miembros, sesiones, resoluciones, artículos y pagos",
        description="Busca TEXTO sin distinguir mayúsculas ni tildes («sao» encuentra «São Paulo»): miembros (nombre, "
                    "región, país, código), sesiones (órgano, número, tipo, fecha, lugar), resoluciones (número como "
                    "«3/2025», órgano, título, texto), artículos vigentes del estatuto y los reglamentos (número, "
                    "título, texto) y pagos por número de recibo («12» o «0012/2025»). Cada palabra tiene que "
                    "aparecer; las cifras coinciden enteras. Es la misma búsqueda que Ctrl+K en la ventana.")
    buscar.add_argument("texto", metavar="TEXTO", help="lo que se busca (entre comillas si tiene espacios)")
    buscar.add_argument("--limite", type=cantidad, default=None, metavar="N",
                        help="cuántos resultados mostrar de cada clase (por defecto 8; hasta 200)")
    con_json(buscar)
    con_asociacion(buscar)
    buscar.set_defaults(funcion=orden_buscar)


def orden_buscar(args) -> None:
    from ..servicios.busqueda import buscar

    opciones = {} if args.limite is None else {"limite": args.limite}
    hallado = buscar(contexto_de(args), args.texto, **opciones)
    if args.json:
        imprimir_json(hallado)
        return
    buscado = abreviar(hallado["texto"], 60)
    if not hallado["grupos"]:
        print(f"Nada coincide con «{buscado}» en miembros, sesiones, resoluciones, artículos ni pagos.")
        return
    for grupo in hallado["grupos"]:
        print(f"{grupo['nombre']} ({grupo['total']})")
        for r in grupo["resultados"]:
            referencia = _REFERENCIA[r["clase"]].format(**r)
            print(f"  {abreviar(r['titulo'], 60)} — {abreviar(r['detalle'], 90)}  [{abreviar(referencia, 40)}]")
        faltan = grupo["total"] - len(grupo["resultados"])
        if faltan:
            print(f"  … y {faltan} más (vea más con --limite)")
    total = hallado["total"]
    print(f"{total} resultado para «{buscado}»." if total == 1 else f"{total} resultados para «{buscado}».")
