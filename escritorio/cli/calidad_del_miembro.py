"""«miembros calidad»: que un miembro es observador (o vuelve a ser pleno) desde una fecha, con su motivo; sin
calidad, su historia y lo que es hoy (servicios.observadores)."""

from datetime import date

from .argumentos import fecha, identificador
from .comun import contexto_de, imprimir_json
from ..dominio import formato


def agregar_calidad(sub):
    from ..dominio.miembros import CALIDADES_MIEMBRO

    calidad = sub.add_parser(
        "calidad", help="registra que un miembro es observador (o pleno) desde una fecha; sin calidad, su historia",
        description="Un observador integra la Asamblea (y todo órgano que se deriva del padrón) sin voto: asiste, "
                    "habla y firma declaraciones, pero no vota ni cuenta para el quórum ni para las mayorías, y no "
                    "ocupa un cargo con voto. Un miembro es observador por la categoría de su país («asociacion pais "
                    "XX --categoria observador») o por su propia admisión como observador (esta orden); la propia "
                    "manda sobre la del país. Sin CALIDAD, muestra la historia del miembro y lo que es hoy.")
    calidad.add_argument("miembro", type=identificador, metavar="ID")
    calidad.add_argument("calidad", nargs="?", choices=tuple(CALIDADES_MIEMBRO), metavar="CALIDAD",
                         help="observador o pleno")
    calidad.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="desde cuándo rige (obligatoria al registrar)")
    calidad.add_argument("--motivo", metavar="TEXTO",
                         help="por qué (la resolución que lo admite como observador, el artículo del estatuto)")
    calidad.add_argument("--json", action="store_true", help="salida en JSON")
    calidad.set_defaults(funcion=orden_miembros_calidad, analizador=calidad)
    return calidad


def orden_miembros_calidad(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.observadores import fijar_calidad

    contexto = contexto_de(args)
    if args.calidad is None:
        if args.desde is not None or args.motivo is not None:
            args.analizador.error("--desde y --motivo van con la CALIDAD que se registra (observador o pleno)")
        _mostrar(contexto, args)
        return
    if args.desde is None or args.motivo is None:
        args.analizador.error("registrar una calidad pide --desde AAAA-MM-DD y --motivo TEXTO")
    hecho = fijar_calidad(contexto, args.miembro, args.calidad, args.desde, args.motivo)
    if args.json:
        imprimir_json({"miembro_id": hecho.miembro_id, "miembro": hecho.miembro, "calidad": hecho.calidad,
                       "desde": hecho.desde.isoformat(), "motivo": hecho.motivo, "avisos": hecho.avisos})
        return
    print(abreviar(hecho.resumen(), 400))
    for aviso in hecho.avisos:
        print(f"  Aviso: {abreviar(aviso, 400)}")


def _mostrar(contexto, args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.observadores import calidad_hoy, historia_de_calidad

    historia = historia_de_calidad(contexto, args.miembro)
    hoy = calidad_hoy(contexto, args.miembro)
    if args.json:
        imprimir_json({"miembro_id": args.miembro, "hoy": hoy.calidad, "por_su_pais": hoy.por_su_pais,
                       "historia": [{"calidad": h["calidad"], "desde": h["desde"], "motivo": h["motivo"]}
                                    for h in historia]})
        return
    print(abreviar(hoy.texto(), 400))
    for h in historia:
        print(f"  {formato.fecha(date.fromisoformat(h['desde']))}: {h['calidad']} ({abreviar(h['motivo'], 200)})")
