"""Issue 66 §3: la agenda propone solo lo que se puede hacer. En una base armada con la línea de órdenes como proceso
real, cuatro asociaciones de formas distintas:

- la red de ejemplo (RCS, «escritorio demo»): Secretaría Ejecutiva que rota con su orden de sucesión y una troika,
  15 unidades temáticas, cuotas con avisos de cobro, convenios;
- una federación como FLACMA: ciudades y asociaciones nacionales como miembros, un Comité Ejecutivo de 5, una
  Secretaría Ejecutiva designada (Quito) sin orden de sucesión, un Consejo cada 24 meses sin integrantes designados y
  una escala de cuotas sin emitir;
- un foro como el FCCR: un Plenario cada 6 meses (el acta del último se aprueba en el próximo, ya convocado, sin
  asistencia todavía), comités sin frecuencia (uno sesionó y no tiene sesión siguiente), una Presidencia Pro Tempore
  que rota y cuya titular es la última del orden, una Comisión Directiva de troika sin mandatos y sin escala de
  cuotas;
- una red recién creada (RMC), con sus primeros pasos.

Para cada una, `escritorio agenda --json` (con el horizonte más largo), cada palabra en mayúsculas de cada orden
propuesta llenada con un valor de esa base (un integrante del órgano, un archivo, un lugar), y cada orden corrida con
--simular como proceso: todas terminan con 0. Después, la base es la misma byte a byte (y su testigo), y «escritorio
verificar» la encuentra sana. La orden que la agenda proponía antes para la Secretaría Ejecutiva de FLACMA
(«organos traspaso», que sale con 1: «No hay a quién traspasar») ya no se propone: la propuesta es designar a quien
sigue."""

import hashlib
import json
import shlex
import shutil
import subprocess
import sys
from datetime import date, timedelta

import pytest

from ayudas import BUENAS, escribir_xlsx
from cli_en_el_proceso import entorno_aislado

pytestmark = pytest.mark.proceso

HOY = date.today()
HORIZONTE = "3660"   # diez años: todo lo que la agenda pueda proponer
FIN_DE_QUITO = date(HOY.year + 2, 12, 31)


class Proceso:
    """`escritorio --db BASE …` como proceso real, en su carpeta y con su entorno aislado."""

    def __init__(self, carpeta, base):
        self.carpeta, self.base, self.entorno = carpeta, base, entorno_aislado(carpeta)

    def __call__(self, *argumentos, estado=0) -> subprocess.CompletedProcess:
        hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(self.base), *map(str, argumentos)],
                               cwd=self.carpeta, env=self.entorno, capture_output=True, text=True, encoding="utf-8",
                               timeout=300)
        assert hecho.returncode == estado, (argumentos, hecho.stdout, hecho.stderr)
        return hecho

    def lote(self, lineas: list[str]) -> None:
        archivo = self.carpeta / f"lote-{abs(hash(tuple(lineas)))}.txt"
        archivo.write_text("\n".join(lineas) + "\n", encoding="utf-8")
        self("lote", archivo)

    def json(self, *argumentos):
        return json.loads(self(*argumentos, "--json").stdout)

    def ids(self, sigla: str) -> dict[str, int]:
        return {m["nombre"]: m["id"] for m in self.json("miembros", "listar", "--asociacion", sigla)}

    def sesiones(self, sigla: str) -> list[dict]:
        """Las sesiones de la asociación, de la más vieja a la más nueva."""
        return sorted(self.json("sesiones", "listar", "--asociacion", sigla), key=lambda s: (s["fecha"], s["id"]))


def _dia(dias: int) -> str:
    return (HOY + timedelta(days=dias)).isoformat()


def _flacma(escritorio: Proceso) -> None:
    a = "--asociacion FLACMA"
    escritorio.lote([
        'asociacion crear --nombre "Federación Latinoamericana de Ciudades, Municipios y Asociaciones de Gobiernos '
        'Locales" --sigla FLACMA --tipo federación --paises "EC:pleno,MX:pleno,CL:pleno,BR:pleno,AR:pleno" '
        '--fundacion 1981-06-01',
        f'miembros agregar --nombre Quito --pais EC --poblacion 2800000 --fecha-ingreso 2000-01-01 {a}',
        f'miembros agregar --nombre "Ciudad de México" --pais MX --poblacion 9200000 --fecha-ingreso 2000-01-01 {a}',
        f'miembros agregar --nombre Santiago --pais CL --poblacion 400000 --fecha-ingreso 2000-01-01 {a}',
        f'miembros agregar --nombre "Confederação Nacional de Municípios" --tipo asociacion_nacional --pais BR '
        f'--poblacion 203000000 --fecha-ingreso 2000-01-01 {a}',
        f'miembros agregar --nombre "Federación Argentina de Municipios" --tipo asociacion_nacional --pais AR '
        f'--poblacion 46000000 --fecha-ingreso 2000-01-01 {a}',
        f'miembros agregar --nombre "Asociación de Municipalidades Ecuatorianas" --tipo asociacion_nacional '
        f'--pais EC --poblacion 17000000 --fecha-ingreso 2000-01-01 {a}',
        f'organos crear --nombre Consejo --tipo consejo --frecuencia-meses 24 --articulo "Estatuto, art. 10" {a}',
        f'organos crear --nombre "Comité Ejecutivo" --tipo comite_ejecutivo --articulo "Estatuto, art. 12" {a}',
        f'organos regla-composicion "Comité Ejecutivo" tamano_fijo --puestos 5 --articulo "Estatuto, art. 12" {a}',
        f'organos periodo "Comité Ejecutivo" --meses 24 --articulo "Estatuto, art. 12" {a}',
        f'organos crear --nombre "Secretaría Ejecutiva" --tipo secretaria_ejecutiva --articulo "Estatuto, art. 15" {a}',
        # Las cuotas vencen a fin de año: las del año en curso, emitidas, se cobran; las del que viene, sin emitir.
        f'cuotas escala definir --desde 2020-01-01 --moneda USD --tramos 0:500 --vencimiento 12-31 {a}',
        f'cuotas emitir {HOY.year} {a}',
    ])
    ids = escritorio.ids("FLACMA")
    comite = ["Quito", "Ciudad de México", "Santiago", "Confederação Nacional de Municípios",
              "Federación Argentina de Municipios"]
    escritorio.lote([
        # La Secretaría Ejecutiva la ejerce Quito, designada (por una resolución del Consejo): no hay orden de sucesión.
        f'organos designar "Secretaría Ejecutiva" --miembro {ids["Quito"]} --cargo titular --desde 2025-01-01 '
        f'--hasta {FIN_DE_QUITO} {a}',
        *[f'organos designar "Comité Ejecutivo" --miembro {ids[n]} --cargo titular --desde 2025-01-01 '
          f'--hasta {_dia(60)} {a}' for n in comite],
        f'sesiones convocar Consejo --fecha {_dia(-300)} --lugar Quito --convocada-el {_dia(-330)} {a}',
    ])
    (sesion,) = escritorio.sesiones("FLACMA")
    escritorio("sesiones", "celebrada", sesion["id"], "--hora-cierre", "13:00", "--asociacion", "FLACMA")


def _fccr(escritorio: Proceso) -> None:
    a = "--asociacion FCCR"
    escritorio.lote([
        'asociacion crear --nombre "Foro Consultivo de Municipios, Estados Federados, Provincias y Departamentos del '
        'Mercosur" --sigla FCCR --tipo "red representativa" --paises "AR:pleno,BR:pleno,PY:pleno,UY:pleno"',
        f'miembros agregar --nombre Montevideo --pais UY --poblacion 1300000 --fecha-ingreso 2005-01-01 '
        f'--correo secretaria@montevideo.ejemplo.org {a}',
        f'miembros agregar --nombre Asunción --pais PY --poblacion 520000 --fecha-ingreso 2005-01-01 {a}',
        f'miembros agregar --nombre Rosario --pais AR --poblacion 1300000 --fecha-ingreso 2005-01-01 {a}',
        f'miembros agregar --nombre "Porto Alegre" --pais BR --poblacion 1400000 --fecha-ingreso 2005-01-01 {a}',
        f'miembros agregar --nombre "Provincia de Santa Fe" --tipo gobierno_regional --pais AR --poblacion 3500000 '
        f'--fecha-ingreso 2005-01-01 {a}',
        f'miembros agregar --nombre "Departamento de Canelones" --tipo gobierno_regional --pais UY --poblacion 520000 '
        f'--fecha-ingreso 2005-01-01 {a}',
        f'organos crear --nombre Plenario --tipo asamblea --frecuencia-meses 6 --articulo "Reglamento, art. 3" {a}',
        f'organos crear --nombre "Comité de Municipios" --tipo comite --articulo "Reglamento, art. 5" {a}',
        f'organos crear --nombre "Comité de Estados Federados, Provincias y Departamentos" --tipo comite '
        f'--articulo "Reglamento, art. 6" {a}',
        f'organos crear --nombre "Presidencia Pro Tempore" --tipo secretaria_ejecutiva --articulo "Reglamento, art. 8" '
        f'{a}',
        f'organos periodo "Presidencia Pro Tempore" --meses 6 --articulo "Reglamento, art. 8" {a}',
        f'organos crear --nombre "Comisión Directiva" --tipo comision_directiva --articulo "Reglamento, art. 9" {a}',
        f'organos regla-composicion "Comisión Directiva" troika --articulo "Reglamento, art. 9" {a}',
    ])
    ids = escritorio.ids("FCCR")
    orden = ",".join(str(ids[n]) for n in ("Asunción", "Rosario", "Porto Alegre", "Montevideo"))
    escritorio.lote([
        # La Presidencia rota por el orden de sucesión, y la ejerce la última: no hay a quién traspasarla.
        f'organos sucesion --miembros {orden} {a}',
        f'organos designar "Presidencia Pro Tempore" --miembro {ids["Montevideo"]} --cargo titular '
        f'--desde {_dia(-150)} --hasta {_dia(30)} {a}',
        f'organos designar "Comité de Municipios" --miembro {ids["Montevideo"]} --cargo coordinador '
        f'--desde 2025-01-01 --hasta {_dia(45)} {a}',
        f'organos designar "Comité de Municipios" --miembro {ids["Rosario"]} --cargo titular '
        f'--desde 2025-01-01 --hasta {_dia(45)} {a}',
        f'organos designar "Comité de Estados Federados, Provincias y Departamentos" '
        f'--miembro {ids["Provincia de Santa Fe"]} --cargo titular --desde 2025-01-01 --hasta {_dia(200)} {a}',
        f'sesiones convocar Plenario --fecha {_dia(-200)} --lugar Montevideo --convocada-el {_dia(-230)} {a}',
        f'sesiones convocar "Comité de Municipios" --fecha {_dia(-60)} --lugar Rosario --convocada-el {_dia(-80)} {a}',
        f'sesiones convocar Plenario --fecha {_dia(20)} --lugar Asunción {a}',
    ])
    plenario, comite, proximo = escritorio.sesiones("FCCR")
    escritorio.lote([
        f'sesiones celebrada {plenario["id"]} --hora-cierre 13:00 {a}',
        f'sesiones borrador {plenario["id"]} --apertura "Se abre la sesión." --cierre "Se cierra la sesión." '
        f'--preside Montevideo --secretaria Asunción {a}',
        f'sesiones punto-aprobacion-acta {plenario["id"]} --en {proximo["id"]} {a}',
        f'sesiones celebrada {comite["id"]} --hora-cierre 12:00 {a}',
        f'sesiones borrador {comite["id"]} --apertura "Se abre la sesión." {a}',
        # La convocatoria del próximo Plenario, en la bandeja de salida sin enviar (no hay servidor de correo).
        f'correo cuenta --servidor 127.0.0.1 --puerto 2525 --seguridad ninguna --remitente secretaria@fccr.ejemplo.org '
        f'{a}',
        f'miembros contacto {ids["Montevideo"]} --nombre "Ana Pérez" --rol "Enlace técnico" '
        f'--correo ana.perez@montevideo.ejemplo.org {a}',
        f'correo convocatoria {proximo["id"]} --no-enviar {a}',
    ])
    # Una solicitud de acceso a sus datos, de la persona de ese contacto: se responde con una carta en una carpeta.
    (contacto,) = escritorio.json("miembros", "contactos", ids["Montevideo"], "--asociacion", "FCCR")
    persona = escritorio.json("personas", "registrar", f"contactos:{contacto['id']}", "--asociacion", "FCCR")
    escritorio("derechos", "politica", "--pais", "UY", "--asociacion", "FCCR")
    escritorio("derechos", "registrar", "--persona", persona["persona_id"], "--derecho", "acceso", "--canal", "correo",
               "--asociacion", "FCCR")


def _rmc(escritorio: Proceso) -> None:
    escritorio("asociacion", "crear", "--nombre", "Red de Municipios del Cono", "--sigla", "RMC", "--paises",
               "AR:pleno,UY:pleno")


@pytest.fixture(scope="module")
def redes(demo_creada_por_la_cli, tmp_path_factory):
    """La base con las cuatro asociaciones, armada con la línea de órdenes como proceso, y lo que hace falta para
    llenar las órdenes: la carpeta, el estatuto y la planilla de una red nueva."""
    carpeta = tmp_path_factory.mktemp("agenda_que_se_puede_hacer")
    base = carpeta / "redes.db"
    shutil.copy(demo_creada_por_la_cli, base)
    escritorio = Proceso(carpeta, base)
    _flacma(escritorio)
    _fccr(escritorio)
    _rmc(escritorio)
    escritorio("verificar", "--archivo")
    (carpeta / "estatuto.txt").write_text("ESTATUTO\n\nArtículo 1. La red reúne a los municipios del cono sur.\n",
                                          encoding="utf-8")
    escribir_xlsx(carpeta / "padron.xlsx", BUENAS)
    (carpeta / "cartas").mkdir()
    return escritorio


def _agenda(escritorio: Proceso, sigla: str) -> dict:
    return escritorio.json("agenda", "--dias", HORIZONTE, "--asociacion", sigla)


def _ordenes(agenda: dict) -> list[tuple[str, str]]:
    """(de qué paso, la orden) de cada orden que propone la agenda: cada paso y cada primer paso que falta."""
    ordenes = [(paso["texto"], paso["orden"]) for paso in agenda["pasos"]]
    ordenes += [(p["texto"], p["orden"]) for p in agenda["primeros_pasos"] or () if p["orden"] is not None]
    return ordenes


def _llenar(escritorio: Proceso, sigla: str, palabras: list[str]) -> list[str]:
    """Cada palabra en mayúsculas, con lo que escribiría la secretaria de esa asociación."""
    carpeta = escritorio.carpeta
    organos = {o["nombre"]: o for o in escritorio.json("organos", "listar", "--asociacion", sigla)}
    if "ORGANO" in palabras:   # las unidades temáticas: una de ellas
        palabras[palabras.index("ORGANO")] = next(n for n, o in organos.items() if o["tipo"] == "unidad_tematica")
    fijos = {"LUGAR": "Sede de la red", "TEXTO": "Texto de la secretaría.", "NOMBRE": "Órgano de prueba",
             "TIPO": "grupo_trabajo", "HH:MM": "13:00", "N": "1", "PERSONA": "Ana Pérez", "CARGO": "integrante",
             "AAAA-MM-DD": HOY.isoformat(), "MONEDA": "USD", "TRAMOS": "0:100",
             "ARCHIVO.txt": str(carpeta / "estatuto.txt"),
             "ARCHIVO.xlsx": str(carpeta / "padron.xlsx"), "SERVIDOR": "smtp.ejemplo.org",
             "CORREO": "secretaria@ejemplo.org", "URL": "https://red.ejemplo.org", "CARPETA": str(carpeta / "cartas")}
    llenas = []
    for i, palabra in enumerate(palabras):
        if palabra == "ID":   # quien integra el órgano de la orden (puede seguir) o, sin integrantes, cualquier miembro
            organo = palabras[palabras.index("designar") + 1] if "designar" in palabras else None
            asientos = escritorio.json("organos", "composicion", organo, "--asociacion", sigla)["asientos"] \
                if organo else []
            miembro = next((s["miembro_id"] for s in asientos if s["miembro_id"]), None)
            llenas.append(str(miembro or next(iter(escritorio.ids(sigla).values()))))
        elif palabra in fijos:
            llenas.append(fijos[palabra])
        else:
            es_la_sigla = palabras[i - 1] == "--asociacion"
            assert not (palabra.isupper() and palabra.isalpha() and len(palabra) > 1 and not es_la_sigla), \
                f"una palabra para llenar que la prueba no conoce: {palabra} en {palabras}"
            llenas.append(palabra)
    return llenas


def _como_esta(escritorio: Proceso) -> tuple[str, bytes]:
    base = escritorio.base
    return hashlib.sha256(base.read_bytes()).hexdigest(), base.with_name(base.name + ".testigo").read_bytes()


def test_la_secretaria_designada_sin_orden_de_sucesion_propone_designar_a_quien_sigue(redes):
    agenda = _agenda(redes, "FLACMA")
    (paso,) = [p for p in agenda["pasos"] if p["texto"].startswith("Secretaría Ejecutiva: ")]
    siguiente = FIN_DE_QUITO + timedelta(days=1)
    assert paso["texto"] == (f"Secretaría Ejecutiva: el período de Quito termina el {FIN_DE_QUITO:%d/%m/%Y}; designe "
                             f"a quien sigue desde el {siguiente:%d/%m/%Y}.")
    assert paso["detalle"] == [
        "Secretaría Ejecutiva: sin orden de sucesión, no hay a quién traspasarla.",
        "Secretaría Ejecutiva: si rota, fije su orden de sucesión con «escritorio organos sucesion --miembros "
        "ID,ID,…»; el paso será entonces el traspaso."]
    assert paso["orden"] == (f"escritorio --db {redes.base} organos designar 'Secretaría Ejecutiva' --miembro ID "
                             f"--cargo titular --desde {siguiente} --asociacion FLACMA")
    assert not any(p["accion"]["que"] == "traspaso" for p in agenda["pasos"])
    # Lo que proponía antes no se puede hacer:
    antes = redes("organos", "traspaso", "--fecha", siguiente, "--simular", "--asociacion", "FLACMA", estado=1)
    assert "No hay a quién traspasar: defina el orden de sucesión de la Secretaría Ejecutiva." in antes.stderr
    # La Presidencia Pro Tempore del FCCR: la titular es la última del orden.
    (ppt,) = [p for p in _agenda(redes, "FCCR")["pasos"] if p["texto"].startswith("Presidencia Pro Tempore: ")]
    assert ppt["detalle"][0] == "Montevideo es la última del orden de sucesión: no hay a quién traspasarla."
    assert " organos designar 'Presidencia Pro Tempore' --miembro ID --cargo titular " in ppt["orden"]
    # La de la red de ejemplo tiene a quién traspasarla: su paso es el traspaso.
    assert any(p["accion"]["que"] == "traspaso" for p in _agenda(redes, "RCS")["pasos"])


@pytest.mark.parametrize("sigla", ["RCS", "FLACMA", "FCCR", "RMC"])
def test_cada_orden_que_propone_la_agenda_se_puede_hacer(redes, sigla):
    agenda = _agenda(redes, sigla)
    ordenes = _ordenes(agenda)
    assert ordenes, f"la agenda de {sigla} no propone nada"
    antes = _como_esta(redes)
    fallaron = []
    for texto, orden in ordenes:
        palabras = shlex.split(orden)
        assert palabras[:3] == ["escritorio", "--db", str(redes.base)] and palabras[-2:] == ["--asociacion", sigla]
        llena = _llenar(redes, sigla, palabras[3:])
        hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(redes.base), *llena, "--simular"],
                               cwd=redes.carpeta, env=redes.entorno, capture_output=True, text=True, encoding="utf-8",
                               timeout=300)
        if hecho.returncode != 0:
            fallaron.append(f"{texto}\n  {' '.join(llena)} --simular\n  → {hecho.returncode}: {hecho.stderr.strip()}")
        elif "Simulación" not in hecho.stdout + hecho.stderr:
            fallaron.append(f"{texto}: sin la línea de la simulación\n  {hecho.stdout}")
    assert not fallaron, "\n".join(fallaron)
    assert _como_esta(redes) == antes, "una simulación dejó algo en la base o en su testigo"
    assert list((redes.carpeta / "cartas").iterdir()) == []
    assert not list(redes.carpeta.glob("*.pdf")) and not list(redes.carpeta.glob("cuotas-*.xlsx"))
    verificada = redes("verificar")
    assert "Traceback" not in verificada.stderr
